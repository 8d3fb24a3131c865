// Package fonts holds the kiosk's Noto Sans (2.004, with every Kazakh
// letter), for the display and for printed reports alike. It imports
// nothing of Fyne, so the core's report writers can use it too.
package fonts

import _ "embed"

// Regular and Bold are the TTF files of Noto Sans Regular and Bold.
var (
	//go:embed NotoSans-Regular.ttf
	Regular []byte
	//go:embed NotoSans-Bold.ttf
	Bold []byte
)
