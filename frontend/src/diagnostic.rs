//! Compile errors: where they are and how they print.
//!
//! A [`CompileError`] is either a syntax error (the program is not
//! JavaScript, or breaks an early-error rule) or a use of a feature outside
//! the subset protojit runs. Both carry a [`Diagnostic`] with a byte offset
//! and the 1-based line and column (in UTF-16 units, as V8 counts them).

use std::fmt::Write;

/// A message at a position of the source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub message: String,
    /// Byte offset into the source.
    pub offset: u32,
    /// 1-based line.
    pub line: u32,
    /// 1-based column, in UTF-16 code units.
    pub col: u32,
}

impl Diagnostic {
    /// A diagnostic at byte `offset` of `source`.
    pub fn at(source: &str, offset: u32, message: impl Into<String>) -> Diagnostic {
        let (line, col) = line_col(source, offset);
        Diagnostic {
            message: message.into(),
            offset,
            line,
            col,
        }
    }
}

/// Why a program could not be compiled.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CompileError {
    /// Not valid JavaScript (a parse error or an early error).
    #[error("{}:{}: SyntaxError: {}", .0.line, .0.col, .0.message)]
    Syntax(Diagnostic),
    /// Valid JavaScript outside the subset protojit runs.
    #[error("{}:{}: unsupported: {}", .0.line, .0.col, .0.message)]
    Unsupported(Diagnostic),
}

impl CompileError {
    pub fn diagnostic(&self) -> &Diagnostic {
        match self {
            CompileError::Syntax(d) | CompileError::Unsupported(d) => d,
        }
    }

    /// The message as the command line prints it: `file.js:LINE:COL: ...`;
    /// a syntax error is followed by the source line and a caret under the
    /// column.
    pub fn render(&self, file_name: &str, source: &str) -> String {
        let d = self.diagnostic();
        match self {
            CompileError::Unsupported(_) => {
                format!(
                    "{file_name}:{}:{}: unsupported: {}",
                    d.line, d.col, d.message
                )
            }
            CompileError::Syntax(_) => {
                let mut out = format!(
                    "{file_name}:{}:{}: SyntaxError: {}\n",
                    d.line, d.col, d.message
                );
                let text = source.lines().nth(d.line as usize - 1).unwrap_or("");
                let gutter = format!("{:>3}", d.line);
                let width = gutter.len();
                let _ = writeln!(out, "{gutter} | {text}");
                let mut pad = String::new();
                let mut units = 1;
                for c in text.chars() {
                    if units >= d.col {
                        break;
                    }
                    pad.push(if c == '\t' { '\t' } else { ' ' });
                    units += c.len_utf16() as u32;
                }
                let _ = write!(out, "{:>width$} | {pad}^", "");
                out
            }
        }
    }
}

/// The 1-based line and UTF-16 column of byte `offset`.
pub fn line_col(source: &str, offset: u32) -> (u32, u32) {
    let mut offset = (offset as usize).min(source.len());
    while !source.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &source[..offset];
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let line = before.matches('\n').count() as u32 + 1;
    let col = before[line_start..].encode_utf16().count() as u32 + 1;
    (line, col)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_a_caret_under_the_column() {
        let src = "let = ;\n";
        let err = CompileError::Syntax(Diagnostic::at(src, 4, "Unexpected token"));
        assert_eq!(
            err.render("t.js", src),
            "t.js:1:5: SyntaxError: Unexpected token\n  1 | let = ;\n    |     ^"
        );
        let err = CompileError::Unsupported(Diagnostic::at("a;\nb", 3, "eval"));
        assert_eq!(err.render("t.js", "a;\nb"), "t.js:2:1: unsupported: eval");
    }

    #[test]
    fn columns_count_utf16_units() {
        assert_eq!(line_col("\"é\" x", 5), (1, 5));
        assert_eq!(line_col("a\nbc", 3), (2, 2));
    }
}
