// Package media finds the artwork files the kiosk shows and prepares them:
// it watches the folders staff copy pictures into, checks each picture from
// its header, and makes screen-sized renditions that the slideshow decodes
// quickly.
//
// The package knows nothing of the user interface or the database; errors
// about a picture's content are *ImageError values whose Kind the caller
// turns into words for staff.
package media
