package main

import "fmt"

// Colours.

type rgb struct{ r, g, b float64 }

func hx(s string) rgb {
	var v uint32
	fmt.Sscanf(s, "#%06x", &v)
	return rgb{float64(v>>16&255) / 255, float64(v>>8&255) / 255, float64(v&255) / 255}
}

func mixc(a, b rgb, t float64) rgb {
	return rgb{lerp(a.r, b.r, t), lerp(a.g, b.g, t), lerp(a.b, b.b, t)}
}
