package kiosk

import "time"

// ScreenFacts are what the running kiosk knows of its screen (issue 21):
// whether its window fills the monitor, the repairs it made, and the
// blank-screen watchdog's count. The JSON keys are stable.
type ScreenFacts struct {
	Monitor       string `json:"monitor"`        // the monitor, "1920x1080+0+0"
	Window        string `json:"window"`         // the kiosk window, as the X server has it
	Canvas        string `json:"canvas"`         // the size the picture is drawn at
	WindowManager string `json:"window_manager"` // "" for none
	Fullscreen    bool   `json:"fullscreen"`     // the window fills the monitor (and is held fullscreen)
	ScreenProblem string `json:"screen_problem"` // what is wrong now, "" if nothing
	ScreenRepairs int    `json:"screen_repairs"` // repairs made since the start
	LastScreenFix string `json:"last_screen_fix"`
	// LastScreenFixAt is when the last repair was made.
	LastScreenFixAt *time.Time `json:"last_screen_fix_at,omitempty"`

	BlankScreens      int        `json:"blank_screens"`        // slides that came out blank since the start
	BlankScreensInRow int        `json:"blank_screens_in_row"` // three end the process
	ScreenChecks      int        `json:"screen_checks"`        // slides looked at
	LastBlankScreen   string     `json:"last_blank_screen,omitempty"`
	LastBlankScreenAt *time.Time `json:"last_blank_screen_at,omitempty"`
}
