// Package slides turns the files that centre staff edit - CSV and Excel
// tables, Markdown announcements with YAML front matter, poster metadata -
// into the plain values the kiosk shows: artwork labels, announcements with
// their schedules, and clubs with their weekly timetables.
//
// The package is pure logic. It never opens files, talks to a database or
// draws anything: every parser takes the bytes it is handed and returns
// values plus staff-readable problems. Texts come in Kazakh, Russian and
// English (see [Text]); problems a member of staff has to fix are reported as
// [RowError] values whose reason is written in all three languages.
//
// Spreadsheets are read the way staff actually save them: UTF-8 with or
// without a byte order mark, Windows-1251 from Russian Excel, UTF-16 from
// "Unicode text", with ',', ';' or tab separators, and .xlsx workbooks with
// real time and date cells.
package slides
