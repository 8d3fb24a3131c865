package media

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os/exec"
	"strconv"
	"time"
)

// clipRate is the rate a clip's sound is played at (ffmpeg resamples).
const clipRate = 48000

// PlayClipSound plays the sound of the clip at path through out, from the
// moment start is closed (its pictures' clock starts then too), until it
// ends, limit is reached (0: none) or ctx ends. ffmpeg decodes and
// resamples it to 16-bit stereo; it is started at once, so the sound is
// ready when the pictures are.
func PlayClipSound(ctx context.Context, out Output, path string, limit time.Duration, start <-chan struct{}) error {
	bin, err := exec.LookPath(ffmpegTool)
	if err != nil {
		return &VideoError{Kind: VideoNoTool, Path: path, Detail: err.Error()}
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	args := []string{"-nostdin", "-hide_banner", "-v", "error", "-i", path, "-map", "0:a:0", "-vn", "-sn", "-dn"}
	if limit > 0 {
		args = append(args, "-t", strconv.FormatFloat(limit.Seconds(), 'f', 3, 64))
	}
	args = append(args, "-ac", "2", "-ar", strconv.Itoa(clipRate), "-f", "s16le", "-acodec", "pcm_s16le", "pipe:1")
	cmd := exec.CommandContext(ctx, bin, args...)
	var stderr bytes.Buffer
	cmd.Stderr = &limitedBuffer{max: 4 << 10, b: &stderr}
	cmd.WaitDelay = time.Second
	pipe, err := cmd.StdoutPipe()
	if err != nil {
		return fmt.Errorf("clip sound %s: %w", path, err)
	}
	if err := cmd.Start(); err != nil {
		return fmt.Errorf("clip sound %s: %w", path, err)
	}
	defer cmd.Wait()
	stream, err := out.Open(ctx, clipRate)
	if err != nil {
		return fmt.Errorf("clip sound %s: %w", path, err)
	}
	defer stream.Close()
	if start != nil {
		select {
		case <-start:
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	r := bufio.NewReaderSize(pipe, 64<<10)
	buf := make([]byte, clipRate/25*4) // 40 ms of stereo samples
	for {
		n, err := io.ReadFull(r, buf)
		n -= n % 4 // whole stereo samples
		if n > 0 {
			if werr := stream.Write(ctx, buf[:n]); werr != nil {
				return fmt.Errorf("clip sound %s: %w", path, werr)
			}
		}
		if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
			if werr := cmd.Wait(); werr != nil && ctx.Err() == nil {
				return &VideoError{Kind: VideoDamaged, Path: path, Detail: firstLine(stderr.Bytes())}
			}
			return nil
		}
		if err != nil {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			return fmt.Errorf("clip sound %s: %w", path, err)
		}
	}
}
