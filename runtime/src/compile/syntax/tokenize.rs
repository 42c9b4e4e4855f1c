//! A tokenizer that follows CPython 3.11's (Parser/tokenizer.c) closely
//! enough to find the errors it reports and to place tokens as CPython's
//! parser sees them: NEWLINE starts at a trailing comment, INDENT and DEDENT
//! sit at the first character of their line, and brackets, strings,
//! numbers and indentation are checked as CPython checks them.
//!
//! It only runs once the parser has rejected a program, to pick the report
//! CPython would give; valid programs never reach it.

use crate::compile::{SyntaxClass, SyntaxLocation};

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Kind {
    Name,
    Number,
    String,
    Op,
    Newline,
    Indent,
    Dedent,
    End,
}

#[derive(Clone, Copy, Debug)]
pub struct Token {
    pub kind: Kind,
    /// Byte offsets; a NEWLINE runs from its comment (if any) to the `\n`.
    pub start: usize,
    pub end: usize,
    /// Open brackets after this token (CPython's `token->level`).
    pub level: usize,
}

/// How a tokenizer error competes with a parser error.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Severity {
    /// The tokenizer raises it itself: it wins over any parser error, as
    /// CPython tokenizes the rest of the file after a parser error.
    Raise,
    /// End of file inside brackets: reported when the parser reaches the end,
    /// or when the parser error comes after the line of the open bracket.
    Eof { bracket_line: usize },
    /// Reported only when the parser gets this far (bad dedent, tabs, ...).
    Reached,
}

#[derive(Clone, Debug)]
pub struct TokError {
    pub severity: Severity,
    /// Where the tokenizer was (a byte offset), to compare with the parser.
    pub pos: usize,
    pub message: String,
    pub loc: SyntaxLocation,
}

pub struct Tokens {
    pub toks: Vec<Token>,
    pub error: Option<TokError>,
}

/// 1-based line and 0-based column of byte offset `pos`, the column in
/// bytes: CPython's parser reports UTF-8 byte columns for a program read
/// from a file (only its tokenizer's own errors count characters).
pub fn line_col0(src: &str, pos: usize) -> (usize, usize) {
    let pos = pos.min(src.len());
    let before = &src[..pos];
    let line = before.matches('\n').count() + 1;
    let start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, pos - start)
}

fn is_ident_start(c: char) -> bool {
    c.is_ascii_alphabetic() || c == '_' || c as u32 >= 128
}
fn is_ident_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_' || c as u32 >= 128
}

const MAXLEVEL: usize = 200;
const MAXINDENT: usize = 100;
const TABSIZE: usize = 8;

struct Lexer<'a> {
    src: &'a str,
    pos: usize,
    line: usize,
    line_start: usize,
    toks: Vec<Token>,
    /// Open brackets: (char, line, byte offset).
    brackets: Vec<(char, usize, usize)>,
    indents: Vec<usize>,
    alt_indents: Vec<usize>,
}

type Step = Result<(), TokError>;

impl<'a> Lexer<'a> {
    fn peek(&self) -> Option<char> {
        self.src[self.pos..].chars().next()
    }
    fn peek_at(&self, pos: usize) -> Option<char> {
        self.src.get(pos..).and_then(|s| s.chars().next())
    }
    fn bump(&mut self) -> Option<char> {
        let c = self.peek()?;
        self.pos += c.len_utf8();
        if c == '\n' {
            self.line += 1;
            self.line_start = self.pos;
        }
        Some(c)
    }
    fn push(&mut self, kind: Kind, start: usize, end: usize) {
        self.toks.push(Token {
            kind,
            start,
            end,
            level: self.brackets.len(),
        });
    }
    /// Bytes from the start of the current line to `pos`.
    fn bcol(&self, pos: usize) -> usize {
        pos.saturating_sub(self.line_start)
    }
    /// Characters from the start of the current line to `pos`.
    fn col(&self, pos: usize) -> usize {
        self.src[self.line_start..pos.max(self.line_start)]
            .chars()
            .count()
    }
    fn error(
        &self,
        severity: Severity,
        class: SyntaxClass,
        message: String,
        (lineno, offset, end_offset): (usize, i64, i64),
    ) -> TokError {
        TokError {
            severity,
            pos: self.pos,
            message,
            loc: SyntaxLocation {
                class,
                lineno,
                offset,
                end_lineno: lineno,
                end_offset,
            },
        }
    }
    /// A `syntaxerror()` of CPython's tokenizer with its cursor at `cur`:
    /// the caret goes under the character before the cursor.
    fn raise_at(&self, cur: usize, message: String) -> TokError {
        let off = self.col(cur) as i64;
        self.error(
            Severity::Raise,
            SyntaxClass::Syntax,
            message,
            (self.line, off, off),
        )
    }
    /// A backslash at `backslash` followed by something else than a newline
    /// (met when the parser reads that far).
    fn line_continuation_error(&self, backslash: usize) -> TokError {
        let off = self.bcol(self.pos) as i64 + 1;
        let mut e = self.error(
            Severity::Reached,
            SyntaxClass::Syntax,
            "unexpected character after line continuation character".into(),
            (self.line, off, 0),
        );
        e.pos = backslash;
        e
    }
    fn line_has_tokens(&self) -> bool {
        matches!(
            self.toks.last(),
            Some(t) if !matches!(t.kind, Kind::Newline | Kind::Indent | Kind::Dedent)
        )
    }
    /// Bytes in the current line, counting its newline (CPython's
    /// tokenizer adds one to a last line without).
    fn line_len(&self) -> usize {
        let rest = &self.src[self.line_start..];
        rest.split('\n').next().unwrap_or("").len() + 1
    }

    fn run(&mut self) -> Step {
        let mut at_bol = true;
        let mut comment: Option<usize> = None;
        loop {
            if at_bol {
                at_bol = false;
                self.indentation()?;
            }
            while matches!(self.peek(), Some(' ' | '\t' | '\x0c' | '\r')) {
                self.bump();
            }
            let start = self.pos;
            let Some(c) = self.peek() else {
                return self.end_of_file();
            };
            match c {
                '#' => {
                    comment = Some(start);
                    while !matches!(self.peek(), None | Some('\n')) {
                        self.bump();
                    }
                }
                '\n' => {
                    if self.brackets.is_empty() && self.line_has_tokens() {
                        self.push(Kind::Newline, comment.unwrap_or(start), start);
                    }
                    comment = None;
                    self.bump();
                    at_bol = true;
                }
                '\\' => {
                    self.bump();
                    match self.peek() {
                        Some('\n') => {
                            self.bump();
                        }
                        Some('\r') if self.peek_at(self.pos + 1) == Some('\n') => {
                            self.bump();
                            self.bump();
                        }
                        None => {
                            let off = self.bcol(self.pos) as i64 + 1;
                            return Err(self.error(
                                Severity::Reached,
                                SyntaxClass::Syntax,
                                "unexpected EOF while parsing".into(),
                                (self.line, off, off),
                            ));
                        }
                        Some(_) => {
                            return Err(self.line_continuation_error(start));
                        }
                    }
                }
                c if is_ident_start(c) => self.name(start)?,
                c if c.is_ascii_digit() => self.number(start)?,
                '.' if self.peek_at(start + 1).is_some_and(|d| d.is_ascii_digit()) => {
                    self.number(start)?
                }
                '\'' | '"' => self.string(start, start)?,
                '(' | '[' | '{' => {
                    if self.brackets.len() >= MAXLEVEL {
                        return Err(
                            self.raise_at(start + 1, "too many nested parentheses".to_string())
                        );
                    }
                    self.bump();
                    self.brackets.push((c, self.line, start));
                    self.push(Kind::Op, start, self.pos);
                }
                ')' | ']' | '}' => {
                    self.bump();
                    let Some((open, line, _)) = self.brackets.pop() else {
                        return Err(self.raise_at(self.pos, format!("unmatched '{c}'")));
                    };
                    let matching = matches!((open, c), ('(', ')') | ('[', ']') | ('{', '}'));
                    if !matching {
                        let msg = if line != self.line {
                            format!(
                                "closing parenthesis '{c}' does not match opening parenthesis '{open}' on line {line}"
                            )
                        } else {
                            format!(
                                "closing parenthesis '{c}' does not match opening parenthesis '{open}'"
                            )
                        };
                        return Err(self.raise_at(self.pos, msg));
                    }
                    self.push(Kind::Op, start, self.pos);
                }
                _ => self.operator(start),
            }
        }
    }

    /// Indentation at the start of a line (CPython's `atbol` block).
    fn indentation(&mut self) -> Step {
        let (mut col, mut alt) = (0usize, 0usize);
        let mut cont_col: Option<usize> = None;
        loop {
            match self.peek() {
                Some(' ') => {
                    col += 1;
                    alt += 1;
                }
                Some('\t') => {
                    col = (col / TABSIZE + 1) * TABSIZE;
                    alt += 1;
                }
                Some('\x0c') => {
                    col = 0;
                    alt = 0;
                }
                // A backslash continues the line; the first one found sets
                // the indentation.
                Some('\\') => {
                    let start = self.pos;
                    self.bump();
                    match self.peek() {
                        Some('\n') => {
                            self.bump();
                            if cont_col.unwrap_or(0) == 0 {
                                cont_col = Some(col);
                            }
                            continue;
                        }
                        _ => {
                            return Err(self.line_continuation_error(start));
                        }
                    }
                }
                _ => break,
            }
            self.bump();
        }
        if let Some(c) = cont_col.filter(|&c| c > 0) {
            col = c;
            alt = c;
        }
        let blank = match self.peek() {
            Some('#' | '\n') => true,
            Some('\r') => matches!(self.peek_at(self.pos + 1), Some('\n') | None),
            None => self.pos == self.line_start && self.pos > 0,
            _ => false,
        };
        if blank || !self.brackets.is_empty() {
            return Ok(());
        }
        // Errors here are met as soon as the parser asks for this line.
        let at_line = |mut e: TokError, lx: &Lexer| {
            e.pos = lx.line_start;
            e
        };
        let tab_error = |lx: &Lexer| {
            lx.error(
                Severity::Reached,
                SyntaxClass::Tab,
                "inconsistent use of tabs and spaces in indentation".into(),
                (lx.line, 1, 0),
            )
        };
        let top = *self.indents.last().expect("indent stack");
        let alt_top = *self.alt_indents.last().expect("indent stack");
        if col == top {
            if alt != alt_top {
                return Err(at_line(tab_error(self), self));
            }
        } else if col > top {
            if self.indents.len() >= MAXINDENT {
                return Err(at_line(
                    self.error(
                        Severity::Reached,
                        SyntaxClass::Indentation,
                        "too many levels of indentation".into(),
                        (self.line, 1, 0),
                    ),
                    self,
                ));
            }
            if alt <= alt_top {
                return Err(at_line(tab_error(self), self));
            }
            self.indents.push(col);
            self.alt_indents.push(alt);
            self.push(Kind::Indent, self.pos, self.pos);
        } else {
            while self.indents.len() > 1 && col < *self.indents.last().expect("indent stack") {
                self.indents.pop();
                self.alt_indents.pop();
                self.push(Kind::Dedent, self.pos, self.pos);
            }
            if col != *self.indents.last().expect("indent stack") {
                let off = self.line_len() as i64;
                return Err(at_line(
                    self.error(
                        Severity::Reached,
                        SyntaxClass::Indentation,
                        "unindent does not match any outer indentation level".into(),
                        (self.line, off, -1),
                    ),
                    self,
                ));
            }
            if alt != *self.alt_indents.last().expect("indent stack") {
                return Err(at_line(tab_error(self), self));
            }
        }
        Ok(())
    }

    fn end_of_file(&mut self) -> Step {
        if let Some(&(open, line, pos)) = self.brackets.last() {
            let (_, col) = line_col0(self.src, pos);
            return Err(TokError {
                severity: Severity::Eof { bracket_line: line },
                pos: self.pos,
                message: format!("'{open}' was never closed"),
                loc: SyntaxLocation {
                    class: SyntaxClass::Syntax,
                    lineno: line,
                    offset: col as i64 + 1,
                    end_lineno: line,
                    end_offset: 0,
                },
            });
        }
        let end = self.src.len();
        if self.line_has_tokens() {
            self.push(Kind::Newline, end, end);
        }
        for _ in 1..self.indents.len() {
            self.push(Kind::Dedent, end, end);
        }
        self.push(Kind::End, end, end);
        Ok(())
    }

    fn name(&mut self, start: usize) -> Step {
        while self.peek().is_some_and(is_ident_char) {
            self.bump();
        }
        let word = &self.src[start..self.pos];
        let lower = word.to_ascii_lowercase();
        let is_prefix = matches!(
            lower.as_str(),
            "b" | "r" | "u" | "f" | "br" | "rb" | "fr" | "rf"
        );
        if is_prefix && matches!(self.peek(), Some('\'' | '"')) {
            let quote = self.pos;
            return self.string(start, quote);
        }
        if !word.is_ascii() && !is_identifier(word) {
            // The first character that cannot be in an identifier.
            let (bad, ch) = word
                .char_indices()
                .enumerate()
                .find(|&(_, (b, c))| !is_identifier(&word[..b + c.len_utf8()]))
                .map(|(i, (_, c))| (i, c))
                .unwrap_or((0, word.chars().next().unwrap_or(' ')));
            let off = (self.col(start) + bad + 1) as i64;
            let printable = !(ch.is_control() || ch.is_whitespace() || is_format_char(ch));
            let msg = if printable {
                format!("invalid character '{ch}' (U+{:04X})", ch as u32)
            } else {
                format!("invalid non-printable character U+{:04X}", ch as u32)
            };
            return Err(self.error(
                Severity::Raise,
                SyntaxClass::Syntax,
                msg,
                (self.line, off, off),
            ));
        }
        self.push(Kind::Name, start, self.pos);
        Ok(())
    }

    fn string(&mut self, start: usize, quote_pos: usize) -> Step {
        let first_line = self.line;
        let first_line_start = self.line_start;
        self.pos = quote_pos;
        let q = self.bump().expect("a quote");
        let triple = self.peek() == Some(q) && self.peek_at(self.pos + 1) == Some(q);
        if triple {
            self.bump();
            self.bump();
        }
        loop {
            let Some(c) = self.peek() else {
                // CPython counts the lines it has read: a final newline
                // starts no new one.
                let detected = if self.src.ends_with('\n') {
                    self.line - 1
                } else {
                    self.line
                };
                return Err(self.unterminated(
                    triple,
                    detected.max(first_line),
                    first_line,
                    first_line_start,
                    start,
                ));
            };
            if c == '\n' && !triple {
                return Err(self.unterminated(
                    false,
                    self.line,
                    first_line,
                    first_line_start,
                    start,
                ));
            }
            self.bump();
            if c == '\\' {
                self.bump();
            } else if c == q {
                if !triple {
                    break;
                }
                if self.peek() == Some(q) && self.peek_at(self.pos + 1) == Some(q) {
                    self.bump();
                    self.bump();
                    break;
                }
            }
        }
        self.push(Kind::String, start, self.pos);
        Ok(())
    }

    fn unterminated(
        &self,
        triple: bool,
        detected: usize,
        line: usize,
        line_start: usize,
        start: usize,
    ) -> TokError {
        let off = self.src[line_start..start].chars().count() as i64 + 1;
        let what = if triple {
            "unterminated triple-quoted string literal"
        } else {
            "unterminated string literal"
        };
        self.error(
            Severity::Raise,
            SyntaxClass::Syntax,
            format!("{what} (detected at line {detected})"),
            (line, off, off),
        )
    }

    fn byte(&self, i: usize) -> u8 {
        self.src.as_bytes().get(i).copied().unwrap_or(0)
    }

    /// `verify_end_of_number()`: the character at `i` ends the literal
    /// unless it could continue an identifier (keywords that can follow a
    /// number are let through, as CPython 3.11 only warns about them).
    fn end_of_number(&self, i: usize, kind: &str) -> Result<(), TokError> {
        let rest = &self.src.as_bytes()[i.min(self.src.len())..];
        let keyword = match rest.first() {
            Some(b'a') => rest[1..].starts_with(b"nd"),
            Some(b'e') => rest[1..].starts_with(b"lse"),
            Some(b'f') => rest[1..].starts_with(b"or"),
            Some(b'i') => matches!(rest.get(1), Some(b'f' | b'n' | b's')),
            Some(b'o') => rest[1..].starts_with(b"r"),
            Some(b'n') => rest[1..].starts_with(b"ot"),
            _ => false,
        };
        let c = self.byte(i);
        if !keyword && (c.is_ascii_alphanumeric() || c == b'_') {
            return Err(self.raise_at(i, format!("invalid {kind} literal")));
        }
        Ok(())
    }

    /// Digits and single underscores from `i`; the index of the first
    /// character after them.
    fn decimal_tail(&self, mut i: usize) -> Result<usize, TokError> {
        loop {
            while self.byte(i).is_ascii_digit() {
                i += 1;
            }
            if self.byte(i) != b'_' {
                return Ok(i);
            }
            i += 1;
            if !self.byte(i).is_ascii_digit() {
                return Err(self.raise_at(i, "invalid decimal literal".to_string()));
            }
        }
    }

    fn number(&mut self, start: usize) -> Step {
        let end = self.scan_number(start)?;
        self.pos = end;
        self.push(Kind::Number, start, end);
        Ok(())
    }

    fn scan_number(&self, start: usize) -> Result<usize, TokError> {
        let mut i = start;
        if self.byte(i) == b'.' {
            return self.fraction(i + 1);
        }
        if self.byte(i) == b'0' {
            i += 1;
            let radix = match self.byte(i) {
                b'x' | b'X' => Some((16u32, "hexadecimal")),
                b'o' | b'O' => Some((8, "octal")),
                b'b' | b'B' => Some((2, "binary")),
                _ => None,
            };
            if let Some((radix, name)) = radix {
                i += 1;
                let is_digit = |c: u8| (c as char).is_digit(radix);
                loop {
                    if self.byte(i) == b'_' {
                        i += 1;
                    }
                    let c = self.byte(i);
                    if !is_digit(c) {
                        if radix != 16 && c.is_ascii_digit() {
                            return Err(self.raise_at(
                                i + 1,
                                format!("invalid digit '{}' in {name} literal", c as char),
                            ));
                        }
                        return Err(self.raise_at(i, format!("invalid {name} literal")));
                    }
                    while is_digit(self.byte(i)) {
                        i += 1;
                    }
                    if self.byte(i) != b'_' {
                        break;
                    }
                }
                let c = self.byte(i);
                if radix != 16 && c.is_ascii_digit() {
                    return Err(self.raise_at(
                        i + 1,
                        format!("invalid digit '{}' in {name} literal", c as char),
                    ));
                }
                self.end_of_number(i, name)?;
                return Ok(i);
            }
            // Zeros, maybe an old-style octal literal, maybe a float.
            loop {
                if self.byte(i) == b'_' {
                    i += 1;
                    if !self.byte(i).is_ascii_digit() {
                        return Err(self.raise_at(i, "invalid decimal literal".to_string()));
                    }
                }
                if self.byte(i) != b'0' {
                    break;
                }
                i += 1;
            }
            let zeros_end = i + 1;
            let nonzero = self.byte(i).is_ascii_digit();
            if nonzero {
                i = self.decimal_tail(i)?;
            }
            return match self.byte(i) {
                b'.' => self.fraction(i + 1),
                b'e' | b'E' => self.exponent(i),
                b'j' | b'J' => self.imaginary(i + 1),
                _ if nonzero => {
                    let off = self.bcol(start) as i64 + 1;
                    let end = self.bcol(zeros_end) as i64;
                    Err(self.error(
                        Severity::Raise,
                        SyntaxClass::Syntax,
                        "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers".into(),
                        (self.line, off, end),
                    ))
                }
                _ => {
                    self.end_of_number(i, "decimal")?;
                    Ok(i)
                }
            };
        }
        i = self.decimal_tail(i)?;
        if self.byte(i) == b'.' {
            return self.fraction(i + 1);
        }
        self.after_fraction(i)
    }

    fn fraction(&self, mut i: usize) -> Result<usize, TokError> {
        if self.byte(i).is_ascii_digit() {
            i = self.decimal_tail(i)?;
        }
        self.after_fraction(i)
    }

    fn after_fraction(&self, i: usize) -> Result<usize, TokError> {
        match self.byte(i) {
            b'e' | b'E' => self.exponent(i),
            b'j' | b'J' => self.imaginary(i + 1),
            _ => {
                self.end_of_number(i, "decimal")?;
                Ok(i)
            }
        }
    }

    /// `i` is at the `e` of an exponent.
    fn exponent(&self, e: usize) -> Result<usize, TokError> {
        let mut i = e + 1;
        let c = self.byte(i);
        if c == b'+' || c == b'-' {
            i += 1;
            if !self.byte(i).is_ascii_digit() {
                return Err(self.raise_at(i, "invalid decimal literal".to_string()));
            }
        } else if !c.is_ascii_digit() {
            // `1else`, `1e`: the `e` ends the number (or is an error).
            self.end_of_number(e, "decimal")?;
            return Ok(e);
        }
        i = self.decimal_tail(i)?;
        if matches!(self.byte(i), b'j' | b'J') {
            return self.imaginary(i + 1);
        }
        self.end_of_number(i, "decimal")?;
        Ok(i)
    }

    fn imaginary(&self, i: usize) -> Result<usize, TokError> {
        self.end_of_number(i, "imaginary")?;
        Ok(i)
    }

    fn operator(&mut self, start: usize) {
        const THREE: [&str; 5] = ["**=", "//=", ">>=", "<<=", "..."];
        const TWO: [&str; 19] = [
            "**", "//", ">>", "<<", "<=", ">=", "==", "!=", "->", "+=", "-=", "*=", "/=", "%=",
            "&=", "|=", "^=", "@=", ":=",
        ];
        let rest = &self.src[start..];
        let len = if THREE.iter().any(|op| rest.starts_with(op)) {
            3
        } else if TWO.iter().any(|op| rest.starts_with(op)) {
            2
        } else {
            self.peek().map_or(1, char::len_utf8)
        };
        self.pos = start + len;
        self.push(Kind::Op, start, self.pos);
    }
}

/// Whether `word` is an identifier (Unicode's XID rules, as the parser
/// applies them).
fn is_identifier(word: &str) -> bool {
    use ruff_python_ast::Expr;
    if word.is_ascii() {
        return true;
    }
    match ruff_python_parser::parse_expression(word) {
        Ok(p) => {
            matches!(p.syntax().body.as_ref(), Expr::Name(n) if n.range.end().to_usize() == word.len())
        }
        Err(_) => false,
    }
}

fn is_format_char(c: char) -> bool {
    matches!(c as u32, 0x00AD | 0x200B..=0x200F | 0x2028..=0x202E | 0x2060..=0x2064 | 0xFEFF)
}

/// Tokenizes `src`, stopping at the first error.
pub fn tokenize(src: &str) -> Tokens {
    // A byte order mark is not part of the program.
    let bom = if src.starts_with('\u{feff}') { 3 } else { 0 };
    let mut lx = Lexer {
        src,
        pos: bom,
        line: 1,
        line_start: bom,
        toks: Vec::new(),
        brackets: Vec::new(),
        indents: vec![0],
        alt_indents: vec![0],
    };
    let error = lx.run().err();
    Tokens {
        toks: lx.toks,
        error,
    }
}
