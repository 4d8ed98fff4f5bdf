//! Reading a whole log as it streams, in bounded memory, into a [`LogScan`] (`kbbot ask
//! --file`, a `message.txt` upload on Discord). The encoding
//! is sniffed (a UTF-16 byte-order mark, else UTF-8, a line that is not UTF-8 read as
//! Windows-1252, which is Latin-1 for every printable byte); a file with NUL bytes in its
//! first 8 KiB and no UTF-16 mark is binary and refused.

use std::io::{BufRead, BufReader, Read};

use super::triage::LogScan;
use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, WINDOWS_1252};

/// How much of the start is looked at for NUL bytes.
const SNIFF: usize = 8 * 1024;

/// Why a log could not be read.
#[derive(Debug, thiserror::Error)]
pub enum LogReadError {
    /// Reading failed.
    #[error("{0}")]
    Io(#[from] std::io::Error),
    /// NUL bytes near the start, and no UTF-16 mark: not text.
    #[error("not a text log: it holds binary bytes")]
    Binary,
}

/// Reads `input` to its end into a scan.
pub fn scan_log(input: impl Read) -> Result<LogScan, LogReadError> {
    let mut reader = BufReader::with_capacity(64 * 1024, input);
    let start = reader.fill_buf()?;
    let utf16 = match start {
        [0xFF, 0xFE, ..] => Some(UTF_16LE),
        [0xFE, 0xFF, ..] => Some(UTF_16BE),
        _ => None,
    };
    if utf16.is_none() && start[..start.len().min(SNIFF)].contains(&0) {
        return Err(LogReadError::Binary);
    }
    let mut scan = LogScan::new();
    match utf16 {
        Some(encoding) => scan_utf16(reader, encoding, &mut scan)?,
        None => scan_bytes(reader, &mut scan)?,
    }
    Ok(scan)
}

/// UTF-8 line by line, a line that is not UTF-8 decoded as Windows-1252.
fn scan_bytes(mut reader: impl BufRead, scan: &mut LogScan) -> std::io::Result<()> {
    let mut line = Vec::new();
    loop {
        line.clear();
        if reader.read_until(b'\n', &mut line)? == 0 {
            return Ok(());
        }
        let bytes = line.strip_suffix(b"\n").unwrap_or(&line);
        let bytes = bytes.strip_suffix(b"\r").unwrap_or(bytes);
        match std::str::from_utf8(bytes) {
            Ok(text) => scan.push_line(text),
            Err(_) => scan.push_line(&WINDOWS_1252.decode_without_bom_handling(bytes).0),
        }
    }
}

/// UTF-16 through a streaming decoder, split into lines as it comes.
fn scan_utf16(
    mut reader: impl BufRead,
    encoding: &'static Encoding,
    scan: &mut LogScan,
) -> std::io::Result<()> {
    let mut decoder = encoding.new_decoder_with_bom_removal();
    let mut pending = String::new();
    loop {
        let chunk = reader.fill_buf()?;
        let last = chunk.is_empty();
        let n = chunk.len();
        pending.reserve(decoder.max_utf8_buffer_length(n).unwrap_or(n * 3));
        let _ = decoder.decode_to_string(chunk, &mut pending, last);
        reader.consume(n);
        while let Some(at) = pending.find('\n') {
            let line: String = pending.drain(..=at).collect();
            scan.push_line(line.trim_end_matches(['\n', '\r']));
        }
        if last {
            if !pending.is_empty() {
                scan.push_line(&pending);
            }
            return Ok(());
        }
    }
}
