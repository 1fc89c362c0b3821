package main

import "fmt"

type SplitMix struct{ state uint64 }

func (s *SplitMix) Next() uint64 {
	s.state += 0x9e3779b97f4a7c15
	z := s.state
	z = (z ^ z>>30) * 0xbf58476d1ce4e5b9
	z = (z ^ z>>27) * 0x94d049bb133111eb
	return z ^ z>>31
}

type Xoshiro struct{ s [4]uint64 }

func rotl(x uint64, k uint) uint64 { return x<<k | x>>(64-k) }

func (x *Xoshiro) Next() uint64 {
	result := rotl(x.s[1]*5, 7) * 9
	t := x.s[1] << 17
	x.s[2] ^= x.s[0]
	x.s[3] ^= x.s[1]
	x.s[1] ^= x.s[2]
	x.s[0] ^= x.s[3]
	x.s[2] ^= t
	x.s[3] = rotl(x.s[3], 45)
	return result
}

type MT struct {
	mt  [624]uint32
	idx int
}

func NewMT(seed uint32) *MT {
	m := &MT{idx: 624}
	m.mt[0] = seed
	for i := 1; i < 624; i++ {
		m.mt[i] = 1812433253*(m.mt[i-1]^m.mt[i-1]>>30) + uint32(i)
	}
	return m
}

func (m *MT) Next() uint32 {
	if m.idx >= 624 {
		for i := 0; i < 624; i++ {
			y := m.mt[i]&0x80000000 | m.mt[(i+1)%624]&0x7fffffff
			m.mt[i] = m.mt[(i+397)%624] ^ y>>1
			if y&1 != 0 {
				m.mt[i] ^= 0x9908b0df
			}
		}
		m.idx = 0
	}
	y := m.mt[m.idx]
	m.idx++
	y ^= y >> 11
	y ^= y << 7 & 0x9d2c5680
	y ^= y << 15 & 0xefc60000
	y ^= y >> 18
	return y
}

func main() {
	sm := &SplitMix{state: 1234567}
	for i := 0; i < 5; i++ {
		fmt.Println("splitmix", sm.Next())
	}
	xs := &Xoshiro{}
	for i := range xs.s {
		xs.s[i] = sm.Next()
	}
	for i := 0; i < 5; i++ {
		fmt.Println("xoshiro", xs.Next())
	}
	mt := NewMT(5489)
	for i := 0; i < 1000; i++ {
		v := mt.Next()
		if i < 5 || i >= 997 {
			fmt.Println("mt", i, v)
		}
	}
	buckets := make([]int, 10)
	for i := 0; i < 100000; i++ {
		buckets[xs.Next()%10]++
	}
	fmt.Println(buckets)
	var f float64
	for i := 0; i < 5; i++ {
		f = float64(sm.Next()>>11) / (1 << 53)
		fmt.Println(f)
	}
}
