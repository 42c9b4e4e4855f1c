//! SyntaxError and IndentationError reports as CPython 3.11 gives them.
//!
//! The parser (`ruff_python_parser`) says where a program stops being
//! Python; this module turns its first error into CPython's message and
//! location. CPython's tokenizer runs ahead of its parser and a tokenizer
//! error (an unclosed bracket, an unterminated string, a bad dedent, ...)
//! usually wins, so [`tokenize`] re-reads the source as CPython's tokenizer
//! does; then the parser's error is mapped to the message of the CPython
//! grammar rule that matches (`expected ':'`, missing parentheses in a
//! Python 2 print, a forgotten comma, an assignment to a literal, a missing
//! indented block, ...), or to `invalid syntax` at the offending token.

#[cfg(test)]
mod tests;
mod tokenize;

use super::{CompileError, ErrorKind, SyntaxClass, SyntaxLocation};
use ruff_python_ast::token::TokenKind as K;
use ruff_python_ast::visitor::source_order::{walk_expr, SourceOrderVisitor};
use ruff_python_ast::{Expr, PySourceType, UnaryOp};
use ruff_python_parser::{
    LexicalErrorType as L, ParseError, ParseErrorType as T, UnsupportedSyntaxError,
    UnsupportedSyntaxErrorKind,
};
use tokenize::{line_col0, Kind, Severity, Token};

/// The report for a program the parser rejected; `first` is its first error.
pub fn parse_error(source: &str, first: &ParseError) -> CompileError {
    let tokens = tokenize::tokenize(source);
    let tree = ruff_python_parser::parse_unchecked_source(source, PySourceType::Python);
    let mut exprs = Exprs(Vec::new());
    exprs.visit_body(&tree.syntax().body);
    let mut closers = vec![None; tokens.toks.len()];
    let mut open = Vec::new();
    for (i, t) in tokens.toks.iter().enumerate() {
        match (t.kind, &source[t.start..t.end]) {
            (Kind::Op, "(" | "[" | "{") => open.push(i),
            (Kind::Op, ")" | "]" | "}") => {
                if let Some(o) = open.pop() {
                    closers[o] = Some(i);
                }
            }
            _ => {}
        }
    }
    let cx = Cx {
        src: source,
        toks: &tokens.toks,
        closers,
        exprs: exprs.0,
        errors: tree.errors(),
    };
    let start = first.location.start().to_usize();
    let parsed = cx.parser_report(first);
    let report = match tokens.error {
        Some(t) if cx.tokenizer_wins(&t, start, &parsed) => Report {
            message: t.message,
            loc: t.loc,
            reach: None,
        },
        _ => parsed,
    };
    CompileError {
        kind: ErrorKind::Located(report.loc),
        message: report.message,
        offset: start,
        end_offset: None,
    }
}

/// The report for syntax that the parser accepts but that is newer than
/// Python 3.11 (type parameter lists, `type` statements, PEP 701 f-strings,
/// unparenthesized `except A, B`, t-strings, ...): CPython 3.11's message
/// and location for it.
pub fn newer_syntax_error(source: &str, e: &UnsupportedSyntaxError) -> CompileError {
    use UnsupportedSyntaxErrorKind as U;
    let tokens = tokenize::tokenize(source);
    if let Some(t) = tokens.error {
        // CPython's tokenizer stops first (a newline inside a single-quoted
        // f-string, say).
        return CompileError {
            kind: ErrorKind::Located(t.loc),
            message: t.message,
            offset: e.range.start().to_usize(),
            end_offset: None,
        };
    }
    let toks = &tokens.toks;
    let (start, end) = (e.range.start().to_usize(), e.range.end().to_usize());
    // The first token at or after `pos`, and the one after it.
    let at = |pos: usize| toks.iter().position(|t| t.end > pos);
    let text = |i: usize| &source[toks[i].start..toks[i].end];
    let tok_span = |i: Option<usize>| i.map_or((start, end), |i| (toks[i].start, toks[i].end));
    let (message, (from, to)) = match e.kind {
        U::TypeParameterList => {
            // `def f[T]` expects '('; `class C[T]` is just invalid.
            let i = at(start);
            let is_def = i.is_some_and(|i| i >= 2 && text(i - 2) == "def");
            let msg = if is_def {
                "expected '('"
            } else {
                "invalid syntax"
            };
            (msg.to_string(), tok_span(i))
        }
        // `type X = ...`, `lazy import m`, `t'...'`: CPython 3.11 reads a
        // name and stops at the token after it.
        U::TypeAliasStatement | U::LazyImportStatement | U::TemplateStrings => {
            let i = at(start).map(|i| i + 1).filter(|&i| i < toks.len());
            ("invalid syntax".to_string(), tok_span(i))
        }
        U::UnparenthesizedExceptionTypes => (
            "multiple exception types must be parenthesized".to_string(),
            (start, end),
        ),
        U::UnpackingInComprehension(_) => {
            if source[start..].starts_with("**") {
                (
                    "dict unpacking cannot be used in dict comprehension".to_string(),
                    (start, start + 2),
                )
            } else {
                (
                    "iterable unpacking cannot be used in comprehension".to_string(),
                    (start, end),
                )
            }
        }
        U::Pep701FString(_) => {
            // 3.11's f-string parser words each case its own way.
            let what = format!("{:?}", e.kind);
            let msg = if what.contains("Backslash") {
                "f-string expression part cannot include a backslash"
            } else if what.contains("Comment") {
                "f-string expression part cannot include '#'"
            } else {
                // A nested quote ends the string early in 3.11.
                "f-string: expecting '}'"
            };
            // Reported just past the string token as CPython 3.11 reads it
            // (`f'{'` of `f'{'a'}'`).
            let i = toks.iter().position(|t| t.start <= start && start < t.end);
            let past = i.map_or(end, |i| toks[i].end);
            (msg.to_string(), (past, past + 1))
        }
        _ => ("invalid syntax".to_string(), tok_span(at(start))),
    };
    let (lineno, col) = line_col0(source, from);
    let (end_lineno, end_col) = line_col0(source, to);
    CompileError {
        kind: ErrorKind::Located(SyntaxLocation {
            class: SyntaxClass::Syntax,
            lineno,
            offset: col as i64 + 1,
            end_lineno,
            end_offset: end_col as i64 + 1,
        }),
        message,
        offset: from,
        end_offset: None,
    }
}

struct Report {
    message: String,
    loc: SyntaxLocation,
    /// The last token CPython's parser read for it, when past the token
    /// the parser stopped at (to weigh it against an unclosed bracket).
    reach: Option<usize>,
}

const KEYWORDS: [&str; 35] = [
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
    "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
    "with", "yield",
];

/// How far up CPython's expression grammar an expression sits.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Level {
    /// Up to `bitwise_or`: atoms, calls, arithmetic.
    BitwiseOr,
    /// Comparisons, `not`, `and`, `or`.
    Disjunction,
    /// Conditional expressions, lambdas, walrus, starred, yield, bare tuples.
    Other,
}

#[derive(Clone, Copy, Debug)]
struct ExprInfo {
    start: usize,
    end: usize,
    /// CPython's name for it (`_PyPegen_get_expr_name`).
    name: &'static str,
    level: Level,
    /// A tuple, generator expression or list (never "assigned to ... here").
    sequence: bool,
}

/// Every expression of the parser's (error-recovered) tree.
struct Exprs(Vec<ExprInfo>);

impl<'a> SourceOrderVisitor<'a> for Exprs {
    fn visit_expr(&mut self, expr: &'a Expr) {
        use Level::*;
        let (name, level) = match expr {
            Expr::BoolOp(_) => ("expression", Disjunction),
            Expr::UnaryOp(u) if u.op == UnaryOp::Not => ("expression", Disjunction),
            Expr::BinOp(_) | Expr::UnaryOp(_) => ("expression", BitwiseOr),
            Expr::Named(_) => ("named expression", Other),
            Expr::Lambda(_) => ("lambda", Other),
            Expr::If(_) => ("conditional expression", Other),
            Expr::Dict(_) => ("dict literal", BitwiseOr),
            Expr::Set(_) => ("set display", BitwiseOr),
            Expr::ListComp(_) => ("list comprehension", BitwiseOr),
            Expr::SetComp(_) => ("set comprehension", BitwiseOr),
            Expr::DictComp(_) => ("dict comprehension", BitwiseOr),
            Expr::Generator(_) => ("generator expression", BitwiseOr),
            Expr::Await(_) => ("await expression", BitwiseOr),
            Expr::Yield(_) | Expr::YieldFrom(_) => ("yield expression", Other),
            Expr::Compare(_) => ("comparison", Disjunction),
            Expr::Call(_) => ("function call", BitwiseOr),
            Expr::FString(_) | Expr::TString(_) => ("f-string expression", BitwiseOr),
            Expr::StringLiteral(_) | Expr::BytesLiteral(_) | Expr::NumberLiteral(_) => {
                ("literal", BitwiseOr)
            }
            Expr::BooleanLiteral(b) => (if b.value { "True" } else { "False" }, BitwiseOr),
            Expr::NoneLiteral(_) => ("None", BitwiseOr),
            Expr::EllipsisLiteral(_) => ("ellipsis", BitwiseOr),
            Expr::Attribute(_) => ("attribute", BitwiseOr),
            Expr::Subscript(_) => ("subscript", BitwiseOr),
            Expr::Starred(_) => ("starred", Other),
            Expr::Name(_) => ("name", BitwiseOr),
            Expr::List(_) => ("list", BitwiseOr),
            Expr::Tuple(t) => ("tuple", if t.parenthesized { BitwiseOr } else { Other }),
            Expr::Slice(_) | Expr::IpyEscapeCommand(_) => ("expression", Other),
        };
        let range = ruff_text_size::Ranged::range(expr);
        self.0.push(ExprInfo {
            start: range.start().to_usize(),
            end: range.end().to_usize(),
            name,
            level,
            sequence: matches!(expr, Expr::Tuple(_) | Expr::Generator(_) | Expr::List(_)),
        });
        walk_expr(self, expr);
    }
}

struct Cx<'a> {
    src: &'a str,
    toks: &'a [Token],
    /// The closing bracket of each opening one.
    closers: Vec<Option<usize>>,
    exprs: Vec<ExprInfo>,
    /// All the parser's errors, in order.
    errors: &'a [ParseError],
}

impl Cx<'_> {
    /// Whether CPython reports the tokenizer's error `t` rather than the
    /// parser's error at byte `parse_pos`.
    fn tokenizer_wins(&self, t: &tokenize::TokError, parse_pos: usize, parsed: &Report) -> bool {
        match t.severity {
            Severity::Raise => true,
            Severity::Reached => t.pos <= parse_pos,
            Severity::Eof { bracket_line } => {
                // CPython's parser reads up to the end of the file (it looks
                // a token past the last one), or it stopped on a later line
                // than the open bracket's.
                if let Some(r) = parsed.reach {
                    return match self.toks.get(r + 1) {
                        Some(next) => self.line(next.start) > bracket_line,
                        None => true,
                    };
                }
                let Some(i) = self.tok_at(parse_pos) else {
                    return true;
                };
                if self.unclosed_after_expression(i) {
                    // The parser reads what the bracket holds, looking for
                    // a missing comma (not after a token CPython's grammar
                    // forces, which fails at once).
                    return !parsed.message.starts_with("expected '")
                        && self.starts_expression(i + 1);
                }
                i + 1 >= self.toks.len() || self.line(self.toks[i].start) > bracket_line
            }
        }
    }

    /// Whether token `i` opens a bracket never closed, right after an
    /// expression.
    fn unclosed_after_expression(&self, i: usize) -> bool {
        i > 0
            && i + 1 < self.toks.len()
            && self.is_opener(i)
            && self.matching(i).is_none()
            && self.ends_expression(i - 1)
    }

    // ---- tokens ----

    fn text(&self, i: usize) -> &str {
        let t = &self.toks[i];
        &self.src[t.start..t.end]
    }
    fn is(&self, i: usize, s: &str) -> bool {
        i < self.toks.len() && self.toks[i].kind != Kind::String && self.text(i) == s
    }
    fn is_keyword(&self, i: usize) -> bool {
        self.toks[i].kind == Kind::Name && KEYWORDS.contains(&self.text(i))
    }
    fn is_opener(&self, i: usize) -> bool {
        self.toks[i].kind == Kind::Op && matches!(self.text(i), "(" | "[" | "{")
    }
    fn is_closer(&self, i: usize) -> bool {
        self.toks[i].kind == Kind::Op && matches!(self.text(i), ")" | "]" | "}")
    }
    /// Open brackets around token `i` (a bracket not counting itself).
    fn depth(&self, i: usize) -> usize {
        let level = self.toks[i].level;
        if self.is_opener(i) {
            level - 1
        } else {
            level
        }
    }
    /// Open brackets around token `i`, a closing bracket counting its own.
    fn inner_depth(&self, i: usize) -> usize {
        if self.is_closer(i) {
            self.toks[i].level + 1
        } else {
            self.depth(i)
        }
    }
    /// Whether token `i` can end an expression.
    fn ends_expression(&self, i: usize) -> bool {
        match self.toks[i].kind {
            Kind::Number | Kind::String => true,
            Kind::Name => !self.is_keyword(i) || matches!(self.text(i), "True" | "False" | "None"),
            Kind::Op => self.is_closer(i) || self.text(i) == "...",
            _ => false,
        }
    }
    fn line(&self, pos: usize) -> usize {
        line_col0(self.src, pos).0
    }

    /// The token the parser's error at byte `pos` points at.
    fn tok_at(&self, pos: usize) -> Option<usize> {
        let real = |t: &Token| !matches!(t.kind, Kind::Indent | Kind::Dedent);
        let toks = self.toks;
        toks.iter()
            .position(|t| real(t) && (t.start == pos || (t.kind == Kind::Newline && t.end == pos)))
            .or_else(|| {
                toks.iter()
                    .position(|t| real(t) && t.start <= pos && pos < t.end)
            })
            .or_else(|| toks.iter().position(|t| real(t) && t.start >= pos))
    }

    /// The first token of the logical line holding token `i`.
    fn line_start_tok(&self, i: usize) -> usize {
        let mut j = i;
        while j > 0
            && !matches!(
                self.toks[j - 1].kind,
                Kind::Newline | Kind::Indent | Kind::Dedent
            )
        {
            j -= 1;
        }
        j
    }

    /// The keyword opening the logical line of token `i` (after `async`).
    fn header(&self, i: usize) -> (usize, &str) {
        let mut h = self.line_start_tok(i);
        if self.is(h, "async") && h + 1 < self.toks.len() {
            h += 1;
        }
        (h, self.text(h))
    }

    /// The closing bracket of the opening bracket `i`.
    fn matching(&self, i: usize) -> Option<usize> {
        self.closers.get(i).copied().flatten()
    }

    fn starts_expression(&self, i: usize) -> bool {
        let t = &self.toks[i];
        match t.kind {
            Kind::Number | Kind::String => true,
            Kind::Name => {
                !self.is_keyword(i)
                    || matches!(
                        self.text(i),
                        "True" | "False" | "None" | "not" | "lambda" | "await"
                    )
            }
            Kind::Op => matches!(self.text(i), "(" | "[" | "{" | "-" | "+" | "~" | "..."),
            _ => false,
        }
    }

    /// The last token of the `primary` (with unary prefixes) at `i`.
    fn scan_operand(&self, mut i: usize) -> Option<usize> {
        while i < self.toks.len() && matches!(self.text(i), "-" | "+" | "~" | "await") {
            i += 1;
        }
        let t = self.toks.get(i)?;
        let mut last = match t.kind {
            Kind::Number => i,
            Kind::String => {
                let mut j = i;
                while self.toks.get(j + 1).is_some_and(|n| n.kind == Kind::String) {
                    j += 1;
                }
                j
            }
            Kind::Name
                if !self.is_keyword(i) || matches!(self.text(i), "True" | "False" | "None") =>
            {
                i
            }
            Kind::Op if self.is_opener(i) => self.matching(i)?,
            Kind::Op if self.text(i) == "..." => i,
            _ => return None,
        };
        loop {
            if self.is(last + 1, ".")
                && self
                    .toks
                    .get(last + 2)
                    .is_some_and(|n| n.kind == Kind::Name)
            {
                last += 2;
            } else if self.is(last + 1, "(") || self.is(last + 1, "[") {
                last = self.matching(last + 1)?;
            } else {
                return Some(last);
            }
        }
    }

    /// The last token of the `bitwise_or` expression at `i`.
    fn scan_bitwise_or(&self, i: usize) -> Option<usize> {
        const BINARY: [&str; 13] = [
            "+", "-", "*", "/", "//", "%", "**", "@", "<<", ">>", "&", "|", "^",
        ];
        let mut last = self.scan_operand(i)?;
        while last + 1 < self.toks.len()
            && self.toks[last + 1].kind == Kind::Op
            && BINARY.contains(&self.text(last + 1))
        {
            last = self.scan_operand(last + 2)?;
        }
        Some(last)
    }

    // ---- expressions of the recovered tree ----

    /// `start..end` widened over the parentheses around it (a node's range
    /// leaves them out), as token indices.
    fn widen(&self, start: usize, end: usize) -> Option<(usize, usize)> {
        let layout = |t: &Token| matches!(t.kind, Kind::Newline | Kind::Indent | Kind::Dedent);
        let mut s = self.toks.partition_point(|t| t.start < start);
        while s < self.toks.len() && layout(&self.toks[s]) {
            s += 1;
        }
        if self.toks.get(s)?.start != start {
            return None;
        }
        let mut e = self.toks.partition_point(|t| t.end <= end).checked_sub(1)?;
        while e > 0 && layout(&self.toks[e]) {
            e -= 1;
        }
        if self.toks[e].end != end {
            return None;
        }
        while s > 0 && self.is(s - 1, "(") && self.matching(s - 1) == Some(e + 1) {
            // Not the parentheses of a call.
            let call = s >= 2 && self.ends_expression(s - 2);
            if call {
                break;
            }
            s -= 1;
            e += 1;
        }
        Some((s, e))
    }

    /// The outermost `disjunction` ending with token `last` (inside the
    /// brackets opened before it).
    fn disjunction_ending_at(&self, last: usize) -> Option<usize> {
        self.exprs
            .iter()
            .filter(|x| x.level != Level::Other)
            .filter_map(|x| self.widen(x.start, x.end))
            .filter(|&(s, e)| e == last && self.depth(s) == self.depth(last))
            .map(|(s, _)| s)
            .min()
    }

    /// The last token of the outermost expression starting at token
    /// `first` (bare tuples too when `tuples`).
    fn expression_from(&self, first: usize, tuples: bool) -> usize {
        self.exprs
            .iter()
            .filter(|x| tuples || x.level != Level::Other || x.name != "tuple")
            .filter_map(|x| self.widen(x.start, x.end))
            .filter(|&(s, _)| s == first)
            .map(|(_, e)| e)
            .max()
            .or_else(|| {
                if self.is_opener(first) {
                    self.matching(first)
                } else {
                    None
                }
            })
            .unwrap_or(first)
    }

    fn expr_at(&self, start: usize, end: usize) -> Option<&ExprInfo> {
        self.exprs.iter().find(|x| x.start == start && x.end == end)
    }

    // ---- locations ----

    fn loc(&self, class: SyntaxClass, start: usize, end: usize) -> SyntaxLocation {
        let (lineno, col) = line_col0(self.src, start);
        let (end_lineno, end_col) = line_col0(self.src, end);
        SyntaxLocation {
            class,
            lineno,
            offset: col as i64 + 1,
            end_lineno,
            end_offset: end_col as i64 + 1,
        }
    }
    fn report(&self, message: impl Into<String>, start: usize, end: usize) -> Report {
        Report {
            message: message.into(),
            loc: self.loc(SyntaxClass::Syntax, start, end),
            reach: None,
        }
    }
    fn at_token(&self, message: impl Into<String>, i: usize) -> Report {
        let t = self.toks[i];
        self.report(message, t.start, t.end)
    }
    /// `invalid syntax` at the token the parser stopped at.
    fn generic(&self, pos: usize) -> Report {
        self.at_pos("invalid syntax", pos)
    }
    /// `message` at the token the parser stopped at; when that is an
    /// INDENT (the parser points at the indentation), at the end of the
    /// indentation as CPython puts it, which prints no caret.
    fn at_pos(&self, message: &str, pos: usize) -> Report {
        let Some(mut i) = self.tok_at(pos) else {
            return self.report(message, pos, pos);
        };
        // `a not b`: CPython takes the `not` as the start of `not in`.
        if self.is(i, "not")
            && i > 0
            && self.ends_expression(i - 1)
            && i + 1 < self.toks.len()
            && !self.is(i + 1, "in")
        {
            i += 1;
        }
        let t = self.toks[i];
        if pos < t.start && i > 0 && self.toks[i - 1].kind == Kind::Indent {
            let (lineno, col) = line_col0(self.src, t.start);
            return Report {
                message: message.into(),
                loc: SyntaxLocation {
                    class: SyntaxClass::Syntax,
                    lineno,
                    offset: col as i64,
                    end_lineno: lineno,
                    end_offset: -1,
                },
                reach: None,
            };
        }
        self.at_token(message, i)
    }

    // ---- the parser's errors ----

    fn parser_report(&self, e: &ParseError) -> Report {
        let (start, end) = (e.location.start().to_usize(), e.location.end().to_usize());
        let named = |f: &dyn Fn(&str) -> String| match self.expr_at(start, end) {
            Some(x) => self.report(f(x.name), start, end),
            None => self.generic(start),
        };
        let found = match &e.error {
            T::ExpectedToken { found, .. } => Some(*found),
            _ => None,
        };
        if let Some(r) = self.comma_in_unclosed(start) {
            return r;
        }
        let report = match &e.error {
            T::UnexpectedIndentation => Some(self.unexpected_indent(start)),
            T::OtherError(m) if m.starts_with("Expected an indented block") => {
                self.expected_block(start)
            }
            T::ExpectedToken {
                expected: K::Colon, ..
            } => self.expected_colon(start, found == Some(K::Newline)),
            T::ExpectedToken {
                expected: K::Lpar, ..
            } => self.expected_lpar(start),
            T::ExpectedToken {
                expected: K::Comma | K::Rpar | K::Rsqb | K::Rbrace,
                ..
            } => self.missing_comma(start),
            T::SimpleStatementsOnSameLine => self.legacy_print(start),
            T::InvalidAssignmentTarget => Some(self.assign_target(start, end)),
            T::InvalidAugmentedAssignmentTarget => Some(named(&|n| {
                format!("'{n}' is an illegal expression for augmented assignment")
            })),
            T::InvalidDeleteTarget => Some(named(&|n| format!("cannot delete {n}"))),
            T::PositionalAfterKeywordArgument => {
                self.at_call_end(start, "positional argument follows keyword argument")
            }
            T::PositionalAfterKeywordUnpacking => self.at_call_end(
                start,
                "positional argument follows keyword argument unpacking",
            ),
            T::InvalidArgumentUnpackingOrder => Some(self.report(
                "iterable argument unpacking follows keyword argument unpacking",
                start,
                start + 1,
            )),
            T::ExpectedToken {
                expected: K::Else, ..
            } => self.expected_else(start),
            T::ExpectedExpression => self
                .dict_value(start)
                .or_else(|| self.dangling_assignment(start)),
            T::OtherError(m) if m.starts_with("Expected `except` or `finally`") => {
                Some(self.at_pos("expected 'except' or 'finally' block", start))
            }
            T::OtherError(m) if m == "Expected a parameter name" => self.keyword_target(start, end),
            T::InvalidAnnotatedAssignmentTarget => self.annotation_target(start, end),
            T::OtherError(m) if m.starts_with("Only single target") => {
                self.annotation_target(start, end)
            }
            T::Lexical(L::InvalidByteLiteral) => self.tok_at(start).map(|i| {
                // CPython measures this one's end in bytes.
                let t = self.toks[i];
                let mut r = self.at_token("bytes can only contain ASCII literal characters", i);
                r.loc.end_offset = r.loc.offset + (t.end - t.start) as i64;
                r
            }),
            T::NonDefaultParamAfterDefaultParam => {
                Some(self.report("non-default argument follows default argument", start, end))
            }
            T::Lexical(L::IndentationError) => {
                let line = self.line(start);
                let len = self.src.lines().nth(line - 1).unwrap_or("").len();
                Some(Report {
                    message: "unindent does not match any outer indentation level".into(),
                    loc: SyntaxLocation {
                        class: SyntaxClass::Indentation,
                        lineno: line,
                        offset: len as i64 + 1,
                        end_lineno: line,
                        end_offset: -1,
                    },
                    reach: None,
                })
            }
            _ => None,
        };
        report.unwrap_or_else(|| self.generic(start))
    }

    /// Errors CPython raises once it has read a call's arguments: at the
    /// call's closing parenthesis.
    fn at_call_end(&self, pos: usize, message: &str) -> Option<Report> {
        let i = self.tok_at(pos)?;
        let d = self.inner_depth(i);
        let open = (0..i)
            .rev()
            .find(|&k| self.is_opener(k) && self.toks[k].level == d)?;
        let close = self.matching(open)?;
        Some(self.at_token(message, close))
    }

    /// `f(a.b=1)`: a keyword argument whose name is no name.
    fn keyword_target(&self, start: usize, end: usize) -> Option<Report> {
        let (s, e) = self.widen(start, end)?;
        if !self.is(e + 1, "=") {
            return None;
        }
        let eq_end = self.toks[e + 1].end;
        if s == e && matches!(self.text(s), "True" | "False" | "None") {
            return Some(self.report(
                format!("cannot assign to {}", self.text(s)),
                self.toks[s].start,
                eq_end,
            ));
        }
        Some(self.report(
            "expression cannot contain assignment, perhaps you meant \"==\"?",
            self.toks[s].start,
            eq_end,
        ))
    }

    /// `f(): int`: `illegal target for annotation` when an annotation
    /// follows, else `invalid syntax` at the colon.
    fn annotation_target(&self, start: usize, end: usize) -> Option<Report> {
        let (_, e) = self.widen(start, end)?;
        if !self.is(e + 1, ":") {
            return None;
        }
        if e + 2 < self.toks.len() && self.starts_expression(e + 2) {
            let x = self.expr_at(start, end);
            let message = match x.map(|x| x.name) {
                Some(n @ ("list" | "tuple")) => {
                    format!("only single target (not {n}) can be annotated")
                }
                _ => "illegal target for annotation".to_string(),
            };
            // A bare tuple is reported at its first item.
            if x.is_some_and(|x| x.name == "tuple" && x.level == Level::Other) {
                let (s, _) = self.widen(start, end)?;
                let first = self.expression_from(s, false);
                return Some(self.report(message, start, self.toks[first].end));
            }
            return Some(self.report(message, start, end));
        }
        Some(self.at_token("invalid syntax", e + 1))
    }

    /// `x if y` without an `else`: `expected 'else' after 'if' expression`
    /// from the body to the condition.
    fn expected_else(&self, pos: usize) -> Option<Report> {
        let i = self.tok_at(pos)?;
        let d = self.inner_depth(i);
        let kw = (0..i)
            .rev()
            .find(|&k| self.depth(k) == d && self.is(k, "if"))?;
        if kw == 0 || kw + 1 >= i {
            return None;
        }
        let a = self.disjunction_ending_at(kw - 1)?;
        if self.is(i, ":") {
            return None;
        }
        Some(self.report(
            "expected 'else' after 'if' expression",
            self.toks[a].start,
            self.toks[i - 1].end,
        ))
    }

    /// `f() =` with nothing after: the target is still checked first.
    fn dangling_assignment(&self, pos: usize) -> Option<Report> {
        let i = self.tok_at(pos)?;
        if i < 2 || !self.is(i - 1, "=") || self.depth(i - 1) != 0 {
            return None;
        }
        let s = self.stmt_start(i - 1);
        let x = self
            .exprs
            .iter()
            .filter(|x| self.widen(x.start, x.end) == Some((s, i - 2)))
            .min_by_key(|x| x.start)?;
        if matches!(
            x.name,
            "name" | "attribute" | "subscript" | "tuple" | "list" | "starred"
        ) || self.is_keyword(s)
        {
            return None;
        }
        Some(self.report(format!("cannot assign to {}", x.name), x.start, x.end))
    }

    /// `{1: }`: `expression expected after dictionary key and ':'`.
    fn dict_value(&self, pos: usize) -> Option<Report> {
        let i = self.tok_at(pos)?;
        if i == 0 || !(self.is(i, "}") || self.is(i, ",")) || !self.is(i - 1, ":") {
            return None;
        }
        let d = self.depth(i - 1);
        let open = (0..i)
            .rev()
            .find(|&k| self.is_opener(k) && self.toks[k].level == d)?;
        self.is(open, "{")
            .then(|| self.at_token("expression expected after dictionary key and ':'", i - 1))
    }

    /// `{1: 2, 3}`: `':' expected after dictionary key`, under the key's
    /// last character.
    fn dict_key(&self, i: usize) -> Option<Report> {
        let d = self.inner_depth(i);
        if d == 0 || !(self.is(i, "}") || self.is(i, ",")) {
            return None;
        }
        let open = (0..i)
            .rev()
            .find(|&k| self.is_opener(k) && self.toks[k].level == d)?;
        // Only after a `key: value` pair.
        let items = (open + 1..i).filter(|&k| self.depth(k) == d);
        let mut pair = false;
        let mut last_comma = None;
        for k in items {
            if self.is(k, ":") {
                pair = true;
            }
            if self.is(k, ",") {
                last_comma = Some(k);
            }
        }
        let key = last_comma? + 1;
        if !pair || key >= i || self.expression_from(key, false) != i - 1 {
            return None;
        }
        let (lineno, col) = line_col0(self.src, self.toks[i - 1].end);
        Some(Report {
            message: "':' expected after dictionary key".into(),
            loc: SyntaxLocation {
                class: SyntaxClass::Syntax,
                lineno,
                offset: col as i64,
                end_lineno: lineno,
                end_offset: 0,
            },
            reach: None,
        })
    }

    /// A bracket never closed after an expression (`f{a b`): CPython reads
    /// into it, and reports a forgotten comma found there on its line.
    fn comma_in_unclosed(&self, pos: usize) -> Option<Report> {
        let open = self.tok_at(pos)?;
        if !self.unclosed_after_expression(open) {
            return None;
        }
        let inner = self
            .errors
            .iter()
            .find(|e| e.location.start().to_usize() > self.toks[open].start)?;
        if !matches!(
            inner.error,
            T::ExpectedToken {
                expected: K::Comma | K::Rpar | K::Rsqb | K::Rbrace,
                ..
            }
        ) {
            return None;
        }
        let r = self.missing_comma(inner.location.start().to_usize())?;
        let next = self.toks.get(r.reach? + 1)?;
        (self.line(next.start) == self.line(self.toks[open].start)).then_some(r)
    }

    /// `unexpected indent`: CPython places it at the end of the indentation,
    /// one left of the text, so no caret is printed.
    fn unexpected_indent(&self, pos: usize) -> Report {
        let line = self.line(pos);
        let text = self.src.lines().nth(line - 1).unwrap_or("");
        let indent = text.len() - text.trim_start_matches([' ', '\t', '\x0c']).len();
        Report {
            message: "unexpected indent".into(),
            loc: SyntaxLocation {
                class: SyntaxClass::Indentation,
                lineno: line,
                offset: indent as i64,
                end_lineno: line,
                end_offset: -1,
            },
            reach: None,
        }
    }

    /// `expected an indented block after 'if' statement on line N` and the
    /// like, at the token after the header's NEWLINE.
    fn expected_block(&self, pos: usize) -> Option<Report> {
        let i = self.tok_at(pos)?;
        let nl = if self.toks[i].kind == Kind::Newline {
            i
        } else {
            (0..i).rev().find(|&k| self.toks[k].kind == Kind::Newline)?
        };
        let (h, kw) = self.header(nl);
        let what = match kw {
            "def" => "function definition".to_string(),
            "class" => "class definition".to_string(),
            "except" if self.is(h + 1, "*") => "'except*' statement".to_string(),
            "if" | "elif" | "else" | "while" | "for" | "with" | "try" | "except" | "finally"
            | "match" | "case" => format!("'{kw}' statement"),
            _ => return None,
        };
        let message = format!(
            "expected an indented block after {what} on line {}",
            self.line(self.toks[h].start)
        );
        let next = self.toks.get(nl + 1)?;
        let loc = if next.start >= self.src.len() {
            // At the end of the file CPython's tokenizer has no line left,
            // and prints the last one without a caret.
            let lineno = self.src.lines().count().max(1);
            SyntaxLocation {
                class: SyntaxClass::Indentation,
                lineno,
                offset: 0,
                end_lineno: lineno,
                end_offset: -1,
            }
        } else if next.kind == Kind::Dedent {
            // A DEDENT has no position of its own: CPython uses the column
            // its tokenizer is at, the end of the indentation (no caret).
            let (lineno, col) = line_col0(self.src, next.start);
            SyntaxLocation {
                class: SyntaxClass::Indentation,
                lineno,
                offset: col as i64,
                end_lineno: lineno,
                end_offset: -1,
            }
        } else {
            self.loc(SyntaxClass::Indentation, next.start, next.end)
        };
        Some(Report {
            message,
            loc,
            reach: None,
        })
    }

    /// A missing `:`: CPython says `expected ':'` when a compound statement's
    /// header ends there, or where its grammar forces the colon (after
    /// `def ...`, `try`, `finally`, `else`).
    fn expected_colon(&self, pos: usize, at_newline: bool) -> Option<Report> {
        let i = self.tok_at(pos)?;
        if self.inner_depth(i) != 0 {
            return self.dict_key(i);
        }
        let (h, kw) = self.header(i);
        let compound = matches!(
            kw,
            "if" | "elif"
                | "else"
                | "while"
                | "for"
                | "with"
                | "class"
                | "def"
                | "try"
                | "except"
                | "finally"
                | "match"
                | "case"
        );
        if (at_newline && compound) || matches!(kw, "def" | "try" | "finally" | "else") {
            return Some(self.at_token("expected ':'", i));
        }
        if self.is(i, "=") && matches!(kw, "if" | "elif" | "while") {
            return self.maybe_meant_equal(h + 1, i);
        }
        self.legacy_print(pos)
    }

    /// `if x = 1:`: the `invalid_named_expression` rules.
    fn maybe_meant_equal(&self, first: usize, eq: usize) -> Option<Report> {
        if first >= eq {
            return None;
        }
        let value = self.scan_bitwise_or(eq + 1)?;
        if self.is(value + 1, "=") || self.is(value + 1, ":=") {
            return None;
        }
        if eq == first + 1 && self.toks[first].kind == Kind::Name && !self.is_keyword(first) {
            return Some(self.report(
                "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                self.toks[first].start,
                self.toks[value].end,
            ));
        }
        if self.scan_bitwise_or(first)? != eq - 1 || self.starts_sequence(first) {
            return None;
        }
        let x = self.exprs.iter().find(|x| {
            self.widen(x.start, x.end) == Some((first, eq - 1)) && x.level == Level::BitwiseOr
        })?;
        Some(self.report(
            format!(
                "cannot assign to {} here. Maybe you meant '==' instead of '='?",
                x.name
            ),
            x.start,
            x.end,
        ))
    }

    /// `def f x`: CPython's grammar forces the `(`.
    fn expected_lpar(&self, pos: usize) -> Option<Report> {
        let i = self.tok_at(pos)?;
        let (h, kw) = self.header(i);
        (kw == "def" && i == h + 2).then(|| self.at_token("expected '('", i))
    }

    /// Two expressions side by side in brackets: `invalid syntax. Perhaps
    /// you forgot a comma?` (or a Python 2 print in brackets).
    fn missing_comma(&self, pos: usize) -> Option<Report> {
        let b = self.tok_at(pos)?;
        if self.depth(b) == 0 {
            return self.augmented_tuple(b);
        }
        if b == 0 {
            return None;
        }
        if self.is(b, "(") {
            if let Some(r) = self.parenthesized_parameters(b) {
                return Some(r);
            }
        }
        if self.is(b, "for") {
            return self.keyword_comprehension(b);
        }
        if !self.starts_expression(b) || self.in_comprehension_clause(b) {
            return None;
        }
        let a = self.disjunction_ending_at(b - 1)?;
        if a == b - 1 && matches!(self.text(a), "print" | "exec") {
            return self.legacy_print(pos);
        }
        let excluded = (self.toks[a].kind == Kind::Name
            && self.toks.get(a + 1).is_some_and(|t| t.kind == Kind::String))
            || matches!(self.text(a), "match" | "case" | "_");
        if excluded {
            return None;
        }
        let b_end = self.expression_from(b, false);
        let mut r = self.report(
            "invalid syntax. Perhaps you forgot a comma?",
            self.toks[a].start,
            self.toks[b_end].end,
        );
        // The parser looked one token past `b` to see that it ended.
        r.reach = Some(b_end);
        Some(r)
    }

    /// `def f((a, b)):`: `Function parameters cannot be parenthesized`.
    fn parenthesized_parameters(&self, open: usize) -> Option<Report> {
        let (h, kw) = self.header(open);
        if kw != "def" || self.depth(open) != 1 || !self.is(h + 2, "(") {
            return None;
        }
        let close = self.matching(open)?;
        let names = (open + 1..close).all(|k| {
            let name = (k - open) % 2 == 1;
            if name {
                self.toks[k].kind == Kind::Name && !self.is_keyword(k)
            } else {
                self.is(k, ",")
            }
        });
        (names && close > open + 1).then(|| {
            self.report(
                "Function parameters cannot be parenthesized",
                self.toks[open].start,
                self.toks[close].end,
            )
        })
    }

    /// `f(x=1 for x in y)`: the keyword argument looks like a generator.
    fn keyword_comprehension(&self, f: usize) -> Option<Report> {
        let value = self.disjunction_ending_at(f - 1)?;
        if value < 3 || !self.is(value - 1, "=") || self.toks[value - 2].kind != Kind::Name {
            return None;
        }
        let before = value - 3;
        if !(self.is(before, "(") || self.is(before, ",")) || self.is_keyword(value - 2) {
            return None;
        }
        Some(self.report(
            "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
            self.toks[value - 2].start,
            self.toks[value - 1].end,
        ))
    }

    /// `a, b += 1`: `'tuple' is an illegal expression for augmented
    /// assignment`.
    fn augmented_tuple(&self, op: usize) -> Option<Report> {
        const AUGMENTED: [&str; 13] = [
            "+=", "-=", "*=", "/=", "//=", "%=", "**=", "@=", "<<=", ">>=", "&=", "|=", "^=",
        ];
        if self.depth(op) != 0 || op == 0 || !AUGMENTED.contains(&self.text(op)) {
            return None;
        }
        let s = self.stmt_start(op);
        if !(s..op).any(|k| self.depth(k) == 0 && self.is(k, ",")) {
            return None;
        }
        Some(self.report(
            "'tuple' is an illegal expression for augmented assignment",
            self.toks[s].start,
            self.toks[op - 1].end,
        ))
    }

    /// Whether token `b` is in the `for ... in ... if ...` part of a
    /// comprehension (where CPython parses plain disjunctions).
    fn in_comprehension_clause(&self, b: usize) -> bool {
        let d = self.depth(b);
        for k in (0..b).rev() {
            if self.is_opener(k) && self.toks[k].level == d {
                return false;
            }
            if self.depth(k) == d && self.is(k, "for") {
                return true;
            }
        }
        false
    }

    /// `print x`: `Missing parentheses in call to 'print'. Did you mean
    /// print(...)?`, from the name to the end of what follows.
    fn legacy_print(&self, pos: usize) -> Option<Report> {
        let mut b = self.tok_at(pos)?;
        let legacy =
            |i: usize| self.toks[i].kind == Kind::Name && matches!(self.text(i), "print" | "exec");
        if b > 0 && legacy(b) && b + 1 < self.toks.len() && !self.is(b + 1, "(") {
            // `x print y`: CPython's rule for a name followed by
            // expressions reaches the print there.
            let plain_name = self.toks[b - 1].kind == Kind::Name
                && !self.is_keyword(b - 1)
                && !(b >= 2 && self.is(b - 2, "."));
            if plain_name && self.depth(b) == 0 {
                b += 1;
            }
        }
        if b == 0 || !self.starts_expression(b) || !legacy(b - 1) {
            return None;
        }
        let name = self.text(b - 1);
        let mut end = self.expression_from(b, true);
        // In brackets the parser's `star_expressions` goes on over commas.
        if self.depth(b) > 0 {
            while self.is(end + 1, ",")
                && end + 2 < self.toks.len()
                && self.starts_expression(end + 2)
            {
                end = self.expression_from(end + 2, false);
            }
        }
        Some(self.report(
            format!("Missing parentheses in call to '{name}'. Did you mean {name}(...)?"),
            self.toks[b - 1].start,
            self.toks[end].end,
        ))
    }

    /// Whether token `i` opens a list, a tuple or a generator expression.
    fn starts_sequence(&self, i: usize) -> bool {
        ((self.is(i, "[") || self.is(i, "("))
            && self.exprs.iter().any(|x| {
                x.sequence && x.start == self.toks[i].start && x.level == Level::BitwiseOr
            }))
            || matches!(self.text(i), "True" | "False" | "None")
    }

    /// An assignment to something that cannot be assigned to.
    fn assign_target(&self, start: usize, end: usize) -> Report {
        let Some(x) = self.expr_at(start, end) else {
            return self.generic(start);
        };
        if x.name == "yield expression" {
            return self.report("assignment to yield expression not possible", start, end);
        }
        let message = if self.assigned_here(x) {
            format!(
                "cannot assign to {} here. Maybe you meant '==' instead of '='?",
                x.name
            )
        } else {
            format!("cannot assign to {}", x.name)
        };
        self.report(message, start, end)
    }

    /// CPython's `invalid_named_expression` rule: the target is a whole
    /// `bitwise_or` item before the statement's first `=`, the value a
    /// `bitwise_or` not followed by another `=`.
    fn assigned_here(&self, x: &ExprInfo) -> bool {
        if x.level != Level::BitwiseOr {
            return false;
        }
        let Some((s, e)) = self.widen(x.start, x.end) else {
            return false;
        };
        if self.depth(s) != 0 || self.starts_sequence(s) {
            return false;
        }
        let stmt = self.stmt_start(s);
        if self.is_keyword(stmt) || (stmt..s).any(|k| self.depth(k) == 0 && self.is(k, "=")) {
            return false;
        }
        if s != stmt && !self.is(s - 1, ",") {
            return false;
        }
        if !(self.is(e + 1, ",") || self.is(e + 1, "=")) {
            return false;
        }
        let mut j = e + 1;
        while !(self.depth(j) == 0 && self.is(j, "=")) {
            if self.toks[j].kind == Kind::Newline || self.is(j, ";") || j + 1 >= self.toks.len() {
                return false;
            }
            j += 1;
        }
        match self.scan_bitwise_or(j + 1) {
            Some(v) => !(self.is(v + 1, "=") || self.is(v + 1, ":=")),
            None => false,
        }
    }

    /// The first token of the simple statement holding token `i`.
    fn stmt_start(&self, i: usize) -> usize {
        let mut k = i;
        while k > 0 {
            let prev = k - 1;
            if matches!(
                self.toks[prev].kind,
                Kind::Newline | Kind::Indent | Kind::Dedent
            ) || (self.depth(prev) == 0 && (self.is(prev, ";") || self.is(prev, ":")))
            {
                break;
            }
            k -= 1;
        }
        k
    }
}
