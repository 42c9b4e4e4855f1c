//! String formatting: the format-spec mini-language (`format()`,
//! f-strings, `str.format`), `str.format` itself, and printf-style `%`
//! formatting, with CPython 3.11's results and error messages.

use crate::interp::{ops, PyResult, Vm};
use crate::object::int::as_int;
use crate::object::{float, ObjData};
use crate::value::Value;
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

/// A parsed format spec: `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.
#[derive(Default, Debug, Clone)]
struct Spec {
    fill: Option<char>,
    align: Option<char>,
    sign: Option<char>,
    z: bool,
    alt: bool,
    width: Option<usize>,
    grouping: Option<char>,
    precision: Option<usize>,
    ty: Option<char>,
    /// The `0` flag gave the `=` alignment (no alignment was written).
    zero_align: bool,
}

fn parse_spec(vm: &Vm, spec: &str, tname: &str) -> PyResult<Spec> {
    let c: Vec<char> = spec.chars().collect();
    let mut s = Spec::default();
    let mut i = 0;
    let is_align = |ch: char| matches!(ch, '<' | '>' | '=' | '^');
    if c.len() >= 2 && is_align(c[1]) {
        s.fill = Some(c[0]);
        s.align = Some(c[1]);
        i = 2;
    } else if !c.is_empty() && is_align(c[0]) {
        s.align = Some(c[0]);
        i = 1;
    }
    if i < c.len() && matches!(c[i], '+' | '-' | ' ') {
        s.sign = Some(c[i]);
        i += 1;
    }
    if i < c.len() && c[i] == 'z' {
        s.z = true;
        i += 1;
    }
    if i < c.len() && c[i] == '#' {
        s.alt = true;
        i += 1;
    }
    if i < c.len() && c[i] == '0' {
        if s.fill.is_none() {
            s.fill = Some('0');
        }
        if s.align.is_none() {
            s.align = Some('=');
            s.zero_align = true;
        }
        i += 1;
    }
    let start = i;
    while i < c.len() && c[i].is_ascii_digit() {
        i += 1;
    }
    if i > start {
        let w: String = c[start..i].iter().collect();
        s.width = Some(
            w.parse()
                .map_err(|_| vm.value_error("Too many decimal digits in format string"))?,
        );
    }
    if i < c.len() && matches!(c[i], ',' | '_') {
        s.grouping = Some(c[i]);
        i += 1;
        if i < c.len() && matches!(c[i], ',' | '_') {
            return Err(vm.value_error("Cannot specify both ',' and '_'."));
        }
    }
    if i < c.len() && c[i] == '.' {
        i += 1;
        let start = i;
        while i < c.len() && c[i].is_ascii_digit() {
            i += 1;
        }
        if i == start {
            return Err(vm.value_error("Format specifier missing precision"));
        }
        let p: String = c[start..i].iter().collect();
        s.precision = Some(
            p.parse()
                .map_err(|_| vm.value_error("Too many decimal digits in format string"))?,
        );
    }
    if c.len() - i > 1 {
        return Err(vm.value_error(format!(
            "Invalid format specifier '{spec}' for object of type '{tname}'"
        )));
    }
    if i < c.len() {
        s.ty = Some(c[i]);
    }
    if let Some(g) = s.grouping {
        let ok = match s.ty {
            None | Some('d') | Some('e') | Some('E') | Some('f') | Some('F') | Some('g')
            | Some('G') | Some('%') => true,
            Some('b') | Some('o') | Some('x') | Some('X') => g == '_',
            _ => false,
        };
        if !ok {
            return Err(vm.value_error(format!(
                "Cannot specify '{g}' with '{}'.",
                s.ty.unwrap_or(' ')
            )));
        }
    }
    Ok(s)
}

/// Pads `body` (after `prefix`, the sign and base prefix) to the width.
fn pad(s: &Spec, prefix: &str, body: &str, default_align: char) -> String {
    let len = prefix.chars().count() + body.chars().count();
    let width = s.width.unwrap_or(0);
    if len >= width {
        return format!("{prefix}{body}");
    }
    let fill = s.fill.unwrap_or(' ');
    let n = width - len;
    let fills = |k: usize| std::iter::repeat_n(fill, k).collect::<String>();
    match s.align.unwrap_or(default_align) {
        '<' => format!("{prefix}{body}{}", fills(n)),
        '^' => format!("{}{prefix}{body}{}", fills(n / 2), fills(n - n / 2)),
        '=' => format!("{prefix}{}{body}", fills(n)),
        _ => format!("{}{prefix}{body}", fills(n)),
    }
}

/// Inserts `sep` every `every` digits from the right of `digits`.
fn group(digits: &str, sep: char, every: usize) -> String {
    let chars: Vec<char> = digits.chars().collect();
    let mut out = String::new();
    for (i, ch) in chars.iter().enumerate() {
        if i > 0 && (chars.len() - i).is_multiple_of(every) {
            out.push(sep);
        }
        out.push(*ch);
    }
    out
}

/// Zero padding with grouping: the zeros are grouped too (CPython).
fn group_padded(digits: &str, sep: char, every: usize, min_len: usize) -> String {
    let mut d = digits.to_string();
    loop {
        let g = group(&d, sep, every);
        if g.chars().count() >= min_len {
            return g;
        }
        d.insert(0, '0');
    }
}

fn sign_str(negative: bool, sign: Option<char>) -> &'static str {
    if negative {
        "-"
    } else {
        match sign {
            Some('+') => "+",
            Some(' ') => " ",
            _ => "",
        }
    }
}

fn format_int(vm: &Vm, i: &BigInt, s: &Spec) -> PyResult<String> {
    if s.precision.is_some() {
        return Err(vm.value_error("Precision not allowed in integer format specifier"));
    }
    let neg = i.is_negative();
    let mag = i.abs();
    let (digits, base_prefix, every) = match s.ty {
        None | Some('d') | Some('n') => (super::functions::checked_decimal(vm, &mag)?, "", 3),
        Some('b') => (mag.to_str_radix(2), "0b", 4),
        Some('o') => (mag.to_str_radix(8), "0o", 4),
        Some('x') => (mag.to_str_radix(16), "0x", 4),
        Some('X') => (mag.to_str_radix(16).to_uppercase(), "0X", 4),
        Some('c') => {
            if s.sign.is_some() {
                return Err(vm.value_error("Sign not allowed with integer format specifier 'c'"));
            }
            let code = i.to_u32().filter(|c| *c <= 0x10FFFF);
            let ch = code
                .and_then(char::from_u32)
                .ok_or_else(|| vm.overflow_error("%c arg not in range(0x110000)"))?;
            return Ok(pad(s, "", &ch.to_string(), '>'));
        }
        Some(t) => {
            return Err(vm.value_error(format!(
                "Unknown format code '{t}' for object of type 'int'"
            )))
        }
    };
    let prefix = format!(
        "{}{}",
        sign_str(neg, s.sign),
        if s.alt { base_prefix } else { "" }
    );
    let body = match s.grouping {
        Some(g) => {
            if s.fill == Some('0') && s.align == Some('=') {
                let min = s.width.unwrap_or(0).saturating_sub(prefix.len());
                group_padded(&digits, g, every, min)
            } else {
                group(&digits, g, every)
            }
        }
        None => digits,
    };
    Ok(pad(s, &prefix, &body, '>'))
}

/// `x` in exponent notation with `p` digits after the point: `1.50e+02`.
fn exp_str(x: f64, p: usize, upper: bool) -> String {
    let s = format!("{:.*e}", p, x);
    let (mant, exp) = s.split_once('e').expect("an exponent");
    let e: i32 = exp.parse().expect("an int exponent");
    let r = format!(
        "{mant}{}{}{:02}",
        if upper { 'E' } else { 'e' },
        if e < 0 { '-' } else { '+' },
        e.abs()
    );
    r
}

fn strip_zeros(s: &str) -> String {
    if let Some((m, e)) = s.split_once(['e', 'E']) {
        let sep = &s[m.len()..m.len() + 1];
        let m = if m.contains('.') {
            m.trim_end_matches('0').trim_end_matches('.')
        } else {
            m
        };
        return format!("{m}{sep}{e}");
    }
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        s.to_string()
    }
}

/// The `g` format of finite non-negative `x` with precision `p`.
fn general(x: f64, p: usize, alt: bool, upper: bool, at_least_one_decimal: bool) -> String {
    let p = p.max(1);
    let e = exp_str(x, p - 1, false);
    let exp: i32 = e
        .rsplit_once('e')
        .map_or(0, |(_, x)| x.parse().unwrap_or(0));
    let out = if -4 <= exp && exp < p as i32 {
        let decimals = (p as i32 - 1 - exp).max(0) as usize;
        let f = format!("{:.*}", decimals, x);
        if alt {
            if f.contains('.') {
                f
            } else {
                format!("{f}.")
            }
        } else {
            let s = strip_zeros(&f);
            if at_least_one_decimal && !s.contains('.') {
                format!("{s}.0")
            } else {
                s
            }
        }
    } else {
        let s = exp_str(x, p - 1, upper);
        if alt {
            s
        } else {
            strip_zeros(&s)
        }
    };
    if upper {
        out.to_uppercase()
    } else {
        out
    }
}

fn format_float(vm: &Vm, x: f64, s: &Spec) -> PyResult<String> {
    let ty = s.ty;
    if let Some(t) = ty {
        if !matches!(t, 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') {
            return Err(vm.value_error(format!(
                "Unknown format code '{t}' for object of type 'float'"
            )));
        }
    }
    let mut neg = x.is_sign_negative() && !x.is_nan();
    let mut a = x.abs();
    if s.z && a == 0.0 {
        neg = false;
    }
    let upper = matches!(ty, Some('E') | Some('F') | Some('G'));
    let mut body = if !a.is_finite() {
        let t = if a.is_nan() { "nan" } else { "inf" };
        let t = if upper {
            t.to_uppercase()
        } else {
            t.to_string()
        };
        if ty == Some('%') {
            format!("{t}%")
        } else {
            t
        }
    } else {
        match ty {
            Some('e') | Some('E') => exp_str(a, s.precision.unwrap_or(6), upper),
            Some('f') | Some('F') => {
                let f = format!("{:.*}", s.precision.unwrap_or(6), a);
                if s.alt && !f.contains('.') {
                    format!("{f}.")
                } else {
                    f
                }
            }
            Some('%') => {
                a *= 100.0;
                let f = format!("{:.*}", s.precision.unwrap_or(6), a);
                let f = if s.alt && !f.contains('.') {
                    format!("{f}.")
                } else {
                    f
                };
                format!("{f}%")
            }
            Some('g') | Some('G') | Some('n') => {
                general(a, s.precision.unwrap_or(6), s.alt, upper, false)
            }
            _ => match s.precision {
                Some(p) => general(a, p, s.alt, false, true),
                None => float::repr(a),
            },
        }
    };
    if let Some(g) = s.grouping {
        let (int_part, rest) = match body.find(|c: char| !c.is_ascii_digit()) {
            Some(k) => (body[..k].to_string(), body[k..].to_string()),
            None => (body.clone(), String::new()),
        };
        let sign_len = sign_str(neg, s.sign).len();
        let grouped = if s.fill == Some('0') && s.align == Some('=') {
            let min = s
                .width
                .unwrap_or(0)
                .saturating_sub(sign_len + rest.chars().count());
            group_padded(&int_part, g, 3, min)
        } else {
            group(&int_part, g, 3)
        };
        body = format!("{grouped}{rest}");
    }
    Ok(pad(s, sign_str(neg, s.sign), &body, '>'))
}

fn format_str(vm: &Vm, text: &str, s: &Spec) -> PyResult<String> {
    if let Some(t) = s.ty.filter(|t| *t != 's') {
        return Err(vm.value_error(format!(
            "Unknown format code '{t}' for object of type 'str'"
        )));
    }
    if s.sign.is_some() {
        return Err(vm.value_error("Sign not allowed in string format specifier"));
    }
    if s.alt {
        return Err(vm.value_error("Alternate form (#) not allowed in string format specifier"));
    }
    if s.align == Some('=') && !s.zero_align {
        return Err(vm.value_error("'=' alignment not allowed in string format specifier"));
    }
    // `{:05}` on a str: zero fill, left aligned.
    let zero_spec;
    let s = if s.zero_align {
        zero_spec = Spec {
            align: Some('<'),
            ..s.clone()
        };
        &zero_spec
    } else {
        s
    };
    if s.grouping.is_some() {
        return Err(vm.value_error(format!(
            "Cannot specify '{}' with 's'.",
            s.grouping.unwrap_or(',')
        )));
    }
    let body: String = match s.precision {
        Some(p) => text.chars().take(p).collect(),
        None => text.to_string(),
    };
    Ok(pad(s, "", &body, '<'))
}

/// `format(v, spec)`.
pub fn format_value(vm: &mut Vm, v: &Value, spec: &str) -> PyResult<String> {
    if let Some(m) = vm.user_special(v, "__format__") {
        let r = vm.call_special(&m, v, &[crate::object::str::new_str(spec)])?;
        return match r.as_str() {
            Some(s) => Ok(s.as_str().to_string()),
            None => Err(vm.type_error(format!(
                "__format__ must return a str, not {}",
                vm.type_name(&r)
            ))),
        };
    }
    if spec.is_empty() {
        return ops::str_(vm, v);
    }
    if let Some(b) = Vm::base_value(v) {
        return format_value(vm, &b, spec);
    }
    if let Some(t) = v.as_str() {
        let s = parse_spec(vm, spec, "str")?;
        return format_str(vm, t.as_str(), &s);
    }
    if let Some(f) = v.as_float() {
        let s = parse_spec(vm, spec, "float")?;
        return format_float(vm, f, &s);
    }
    if let Some(i) = as_int(v) {
        let s = parse_spec(vm, spec, "int")?;
        if let Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%') = s.ty {
            let f = i
                .to_f64()
                .ok_or_else(|| vm.overflow_error("int too large to convert to float"))?;
            return format_float(vm, f, &s);
        }
        return format_int(vm, &i.to_big(), &s);
    }
    if let Some(ObjData::Complex(re, im)) = v.data() {
        return format_complex(vm, *re, *im, spec);
    }
    Err(vm.type_error(format!(
        "unsupported format string passed to {}.__format__",
        vm.type_name(v)
    )))
}

/// `format(complex, spec)`: each part formatted as a float (the imaginary
/// part always signed), then the whole padded. Without a type, as repr:
/// parentheses, and no real part when it is +0.
fn format_complex(vm: &Vm, re: f64, im: f64, spec: &str) -> PyResult<String> {
    let s = parse_spec(vm, spec, "complex")?;
    if s.fill == Some('0') {
        return Err(vm.value_error("Zero padding is not allowed in complex format specifier"));
    }
    if s.align == Some('=') {
        return Err(vm.value_error("'=' alignment flag is not allowed in complex format specifier"));
    }
    if let Some(t) = s.ty {
        if !matches!(t, 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n') {
            return Err(vm.value_error(format!(
                "Unknown format code '{t}' for object of type 'complex'"
            )));
        }
    }
    let body = if s.ty.is_none() && s.precision.is_none() {
        let r = crate::object::complex::repr((re, im));
        match s.sign {
            Some(sign @ ('+' | ' ')) if !r.starts_with('-') && !r.starts_with("(-") => {
                match r.strip_prefix('(') {
                    Some(rest) => format!("({sign}{rest}"),
                    None => format!("{sign}{r}"),
                }
            }
            _ => r,
        }
    } else {
        let part = |x: f64, sign: Option<char>| {
            let p = Spec {
                fill: None,
                align: None,
                sign,
                z: s.z,
                alt: s.alt,
                width: None,
                grouping: s.grouping,
                precision: s.precision,
                ty: Some(s.ty.unwrap_or('g')),
                zero_align: false,
            };
            format_float(vm, x, &p)
        };
        let skip_real = s.ty.is_none() && re == 0.0 && re.is_sign_positive();
        let imag = part(im, Some('+'))?;
        if skip_real {
            let imag = match s.sign {
                Some('+') => imag,
                Some(' ') if !imag.starts_with('-') => format!(" {}", &imag[1..]),
                _ => imag.strip_prefix('+').map_or(imag.clone(), str::to_string),
            };
            format!("{imag}j")
        } else {
            let real = part(re, s.sign)?;
            if s.ty.is_none() {
                format!("({real}{imag}j)")
            } else {
                format!("{real}{imag}j")
            }
        }
    };
    Ok(pad(&s, "", &body, '>'))
}

/// The conversion of an f-string field or `str.format` field.
pub fn convert(vm: &mut Vm, v: &Value, conv: char) -> PyResult<Value> {
    Ok(match conv {
        'r' => crate::object::str::new_str(ops::repr(vm, v)?),
        's' => crate::object::str::new_str(ops::str_(vm, v)?),
        'a' => crate::object::str::new_str(ascii(&ops::repr(vm, v)?)),
        _ => v.clone(),
    })
}

/// `ascii()`: non-ASCII characters escaped.
pub fn ascii(s: &str) -> String {
    let mut out = String::new();
    for ch in s.chars() {
        let c = ch as u32;
        if c < 0x80 {
            out.push(ch);
        } else if c < 0x100 {
            out.push_str(&format!("\\x{c:02x}"));
        } else if c < 0x10000 {
            out.push_str(&format!("\\u{c:04x}"));
        } else {
            out.push_str(&format!("\\U{c:08x}"));
        }
    }
    out
}

// ---- str.format ----

/// `fmt.format(*args, **kwargs)`.
pub fn str_format(
    vm: &mut Vm,
    fmt: &str,
    args: &[Value],
    kwargs: &[(String, Value)],
) -> PyResult<String> {
    let mut auto = 0usize;
    let mut mode = 0u8; // 0 unknown, 1 automatic, 2 manual
    render(vm, fmt, args, kwargs, &mut auto, &mut mode, 2)
}

fn render(
    vm: &mut Vm,
    fmt: &str,
    args: &[Value],
    kwargs: &[(String, Value)],
    auto: &mut usize,
    mode: &mut u8,
    depth: u32,
) -> PyResult<String> {
    let c: Vec<char> = fmt.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < c.len() {
        let ch = c[i];
        if ch == '}' {
            if c.get(i + 1) == Some(&'}') {
                out.push('}');
                i += 2;
                continue;
            }
            return Err(vm.value_error("Single '}' encountered in format string"));
        }
        if ch != '{' {
            out.push(ch);
            i += 1;
            continue;
        }
        if c.get(i + 1) == Some(&'{') {
            out.push('{');
            i += 2;
            continue;
        }
        // A field: find its matching '}', counting nested braces.
        let start = i + 1;
        let mut j = start;
        let mut nest = 1;
        while j < c.len() {
            match c[j] {
                '{' => nest += 1,
                '}' => {
                    nest -= 1;
                    if nest == 0 {
                        break;
                    }
                }
                _ => {}
            }
            j += 1;
        }
        if j >= c.len() {
            return Err(vm.value_error(if nest > 1 {
                "expected '}' before end of string"
            } else {
                "Single '{' encountered in format string"
            }));
        }
        let field: String = c[start..j].iter().collect();
        i = j + 1;
        if depth == 0 {
            return Err(vm.value_error("Max string recursion exceeded"));
        }
        // field_name [! conversion] [: spec]
        let (head, spec) = split_field(&field);
        let (name, conv) = match head.split_once('!') {
            Some((n, cv)) => {
                let mut cs = cv.chars();
                let conv = cs.next();
                if cs.next().is_some() || conv.is_none() {
                    return Err(vm.value_error("expected ':' after conversion specifier"));
                }
                (n.to_string(), conv)
            }
            None => (head.to_string(), None),
        };
        let mut value = field_value(vm, &name, args, kwargs, auto, mode)?;
        if let Some(cv) = conv {
            if !matches!(cv, 'r' | 's' | 'a') {
                return Err(vm.value_error(format!("Unknown conversion specifier {cv}")));
            }
            value = convert(vm, &value, cv)?;
        }
        let spec = render(vm, spec, args, kwargs, auto, mode, depth - 1)?;
        out.push_str(&format_value(vm, &value, &spec)?);
    }
    Ok(out)
}

/// Splits `name!conv:spec` at the first ':' outside brackets.
fn split_field(field: &str) -> (&str, &str) {
    let mut in_bracket = false;
    for (k, ch) in field.char_indices() {
        match ch {
            '[' => in_bracket = true,
            ']' => in_bracket = false,
            ':' if !in_bracket => return (&field[..k], &field[k + 1..]),
            _ => {}
        }
    }
    (field, "")
}

fn field_value(
    vm: &mut Vm,
    name: &str,
    args: &[Value],
    kwargs: &[(String, Value)],
    auto: &mut usize,
    mode: &mut u8,
) -> PyResult<Value> {
    let first_end = name.find(['.', '[']).unwrap_or(name.len());
    let (arg, mut rest) = (&name[..first_end], &name[first_end..]);
    let mut value = if arg.is_empty() {
        if *mode == 2 {
            return Err(vm.value_error(
                "cannot switch from manual field specification to automatic field numbering",
            ));
        }
        *mode = 1;
        let k = *auto;
        *auto += 1;
        args.get(k).cloned().ok_or_else(|| {
            vm.index_error(format!(
                "Replacement index {k} out of range for positional args tuple"
            ))
        })?
    } else if let Ok(k) = arg.parse::<usize>() {
        if *mode == 1 {
            return Err(vm.value_error(
                "cannot switch from automatic field numbering to manual field specification",
            ));
        }
        *mode = 2;
        args.get(k).cloned().ok_or_else(|| {
            vm.index_error(format!(
                "Replacement index {k} out of range for positional args tuple"
            ))
        })?
    } else {
        match kwargs.iter().find(|(k, _)| k == arg) {
            Some((_, v)) => v.clone(),
            None => return Err(vm.key_error(crate::object::str::new_str(arg))),
        }
    };
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix('.') {
            let end = r.find(['.', '[']).unwrap_or(r.len());
            let attr = vm.interned.intern(&r[..end]);
            value = ops::getattr(vm, &value, &attr)?;
            rest = &r[end..];
        } else if let Some(r) = rest.strip_prefix('[') {
            let Some(end) = r.find(']') else {
                return Err(vm.value_error("Missing ']' in format string"));
            };
            let key_s = &r[..end];
            let key = match key_s.parse::<i64>() {
                Ok(n) if key_s.chars().all(|c| c.is_ascii_digit()) => Value::int(n),
                _ => crate::object::str::new_str(key_s),
            };
            value = ops::getitem(vm, &value, &key)?;
            rest = &r[end + 1..];
        } else {
            return Err(vm.value_error("Only '.' or '[' may follow ']' in format field specifier"));
        }
    }
    Ok(value)
}

// ---- printf-style % ----

/// `fmt % args`.
pub fn percent_format(vm: &mut Vm, fmt: &str, args: &Value) -> PyResult<String> {
    percent_format_mode(vm, fmt, args, false)
}

/// `bytes % args`: `fmt` and the result are the latin-1 decodings of the
/// bytes; `%s`/`%b` take bytes-like objects (or `__bytes__`), `%r`/`%a`
/// give the ASCII repr, `%c` a byte.
pub fn bytes_percent_format(vm: &mut Vm, fmt: &[u8], args: &Value) -> PyResult<Vec<u8>> {
    let text: String = fmt.iter().map(|&b| b as char).collect();
    let out = percent_format_mode(vm, &text, args, true)?;
    Ok(out.chars().map(|c| c as u32 as u8).collect())
}

/// The bytes of `v` for `%s`/`%b` in bytes formatting, as latin-1 text.
fn percent_bytes_arg(vm: &mut Vm, v: &Value) -> PyResult<String> {
    let data = match super::bytes::bytes_of(v) {
        Some(b) => b,
        None => match vm.try_special(v, "__bytes__", &[])? {
            Some(r) => match r.data() {
                Some(ObjData::Bytes(b)) => b.to_vec(),
                _ => {
                    return Err(vm.type_error(format!(
                        "__bytes__ returned non-bytes (type {})",
                        vm.type_name(&r)
                    )))
                }
            },
            None => {
                return Err(vm.type_error(format!(
                "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
                vm.type_name(v)
            )))
            }
        },
    };
    Ok(data.iter().map(|&b| b as char).collect())
}

fn percent_format_mode(vm: &mut Vm, fmt: &str, args: &Value, bytes_mode: bool) -> PyResult<String> {
    // CPython's state: the current argument source (the tuple, or a single
    // value), its length (-1 for a single value) and the next index (-2
    // before a single value is taken).
    // CPython's PyMapping_Check: anything subscriptable but a tuple or str
    // (so `'a' % []` is fine: there is nothing to convert).
    let is_mapping = args.as_tuple().is_none()
        && args.as_str().is_none()
        && (args.as_dict().is_some()
            || matches!(
                args.data(),
                Some(
                    ObjData::List(_)
                        | ObjData::Bytes(_)
                        | ObjData::ByteArray(_)
                        | ObjData::Range(_)
                        | ObjData::BigRange(_)
                        | ObjData::MemoryView(_)
                )
            )
            || vm.user_special(args, "__getitem__").is_some());
    let mut cur = args.clone();
    let (mut arglen, mut argidx): (isize, isize) = match args.as_tuple() {
        Some(t) => (t.len() as isize, 0),
        None => (-1, -2),
    };
    let c: Vec<char> = fmt.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    let take = |vm: &Vm, cur: &Value, arglen: isize, argidx: &mut isize| -> PyResult<Value> {
        if *argidx < arglen {
            *argidx += 1;
            if arglen < 0 {
                return Ok(cur.clone());
            }
            if let Some(t) = cur.as_tuple() {
                return Ok(t[(*argidx - 1) as usize].clone());
            }
        }
        Err(vm.type_error("not enough arguments for format string"))
    };
    while i < c.len() {
        if c[i] != '%' {
            out.push(c[i]);
            i += 1;
            continue;
        }
        let pct_at = i;
        i += 1;
        if i >= c.len() {
            return Err(vm.value_error("incomplete format"));
        }
        if c[i] == '(' {
            if !is_mapping {
                return Err(vm.type_error("format requires a mapping"));
            }
            let mut nest = 1;
            let start = i + 1;
            let mut j = start;
            while j < c.len() {
                if c[j] == '(' {
                    nest += 1;
                } else if c[j] == ')' {
                    nest -= 1;
                    if nest == 0 {
                        break;
                    }
                }
                j += 1;
            }
            if j >= c.len() {
                return Err(vm.value_error("incomplete format key"));
            }
            let key: String = c[start..j].iter().collect();
            let key = if bytes_mode {
                super::bytes::new_bytes(key.chars().map(|c| c as u32 as u8).collect())
            } else {
                crate::object::str::new_str(key)
            };
            cur = ops::getitem(vm, args, &key)?;
            arglen = -1;
            argidx = -2;
            i = j + 1;
        }
        let mut s = Spec::default();
        let mut left = false;
        let mut zero = false;
        while i < c.len() && matches!(c[i], '-' | '+' | ' ' | '#' | '0') {
            match c[i] {
                '-' => left = true,
                '+' => s.sign = Some('+'),
                ' ' => {
                    if s.sign.is_none() {
                        s.sign = Some(' ')
                    }
                }
                '#' => s.alt = true,
                _ => zero = true,
            }
            i += 1;
        }
        if i < c.len() && c[i] == '*' {
            let w = take(vm, &cur, arglen, &mut argidx)?;
            let w = as_int(&w)
                .and_then(|w| w.to_i64())
                .ok_or_else(|| vm.type_error("* wants int"))?;
            if w < 0 {
                left = true;
            }
            s.width = Some(w.unsigned_abs() as usize);
            i += 1;
        } else {
            let start = i;
            while i < c.len() && c[i].is_ascii_digit() {
                i += 1;
            }
            if i > start {
                let w: String = c[start..i].iter().collect();
                s.width = w.parse().ok();
            }
        }
        if i < c.len() && c[i] == '.' {
            i += 1;
            if i < c.len() && c[i] == '*' {
                let p = take(vm, &cur, arglen, &mut argidx)?;
                let p = as_int(&p)
                    .and_then(|p| p.to_i64())
                    .ok_or_else(|| vm.type_error("* wants int"))?;
                s.precision = Some(p.max(0) as usize);
                i += 1;
            } else {
                let start = i;
                while i < c.len() && c[i].is_ascii_digit() {
                    i += 1;
                }
                let p: String = c[start..i].iter().collect();
                s.precision = Some(p.parse().unwrap_or(0));
            }
        }
        while i < c.len() && matches!(c[i], 'h' | 'l' | 'L') {
            i += 1;
        }
        if i >= c.len() {
            return Err(vm.value_error("incomplete format"));
        }
        let conv = c[i];
        i += 1;
        if conv == '%' {
            out.push('%');
            continue;
        }
        if left {
            s.align = Some('<');
        } else if zero && !matches!(conv, 's' | 'r' | 'a' | 'c') {
            s.fill = Some('0');
            s.align = Some('=');
        }
        let v = take(vm, &cur, arglen, &mut argidx)?;
        let piece = match conv {
            's' | 'b' if bytes_mode => {
                let text = percent_bytes_arg(vm, &v)?;
                let body: String = match s.precision {
                    Some(p) => text.chars().take(p).collect(),
                    None => text,
                };
                pad(&s, "", &body, '>')
            }
            'r' | 'a' if bytes_mode => {
                let text = ascii(&ops::repr(vm, &v)?);
                let body: String = match s.precision {
                    Some(p) => text.chars().take(p).collect(),
                    None => text,
                };
                pad(&s, "", &body, '>')
            }
            'c' if bytes_mode => {
                let byte = match v.data() {
                    Some(ObjData::Bytes(b)) if b.len() == 1 => b[0],
                    Some(ObjData::ByteArray(b)) if b.borrow().len() == 1 => b.borrow()[0],
                    _ => match as_int(&v) {
                        Some(n) => match n.to_i64().filter(|x| (0..256).contains(x)) {
                            Some(x) => x as u8,
                            None => return Err(vm.overflow_error("%c arg not in range(256)")),
                        },
                        None => {
                            return Err(vm.type_error(
                                "%c requires an integer in range(256) or a single byte",
                            ))
                        }
                    },
                };
                pad(&s, "", &(byte as char).to_string(), '>')
            }
            's' | 'r' | 'a' => {
                let text = match conv {
                    's' => ops::str_(vm, &v)?,
                    'r' => ops::repr(vm, &v)?,
                    _ => ascii(&ops::repr(vm, &v)?),
                };
                let body: String = match s.precision {
                    Some(p) => text.chars().take(p).collect(),
                    None => text,
                };
                pad(&s, "", &body, '>')
            }
            'd' | 'i' | 'u' => {
                let n = percent_int(vm, &v, conv, true)?;
                s.ty = Some('d');
                percent_int_str(vm, &s, &n, "")?
            }
            'o' | 'x' | 'X' => {
                let n = percent_int(vm, &v, conv, false)?;
                let (digits, prefix) = match conv {
                    'o' => (n.abs().to_str_radix(8), "0o"),
                    'x' => (n.abs().to_str_radix(16), "0x"),
                    _ => (n.abs().to_str_radix(16).to_uppercase(), "0X"),
                };
                let prefix = if s.alt { prefix } else { "" };
                let sign = sign_str(n.is_negative(), s.sign);
                pad(&s, &format!("{sign}{prefix}"), &digits, '>')
            }
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                let f = match v.as_float() {
                    Some(f) => f,
                    None if vm.user_special(&v, "__float__").is_some() => {
                        let r = vm.try_special(&v, "__float__", &[])?.unwrap_or(Value::NONE);
                        r.as_float().ok_or_else(|| {
                            vm.type_error(format!(
                                "__float__ returned non-float (type {})",
                                vm.type_name(&r)
                            ))
                        })?
                    }
                    None => match as_int(&v) {
                        Some(i) => i.to_f64().ok_or_else(|| {
                            vm.overflow_error("int too large to convert to float")
                        })?,
                        None => {
                            return Err(vm.type_error(format!(
                                "must be real number, not {}",
                                vm.type_name(&v)
                            )))
                        }
                    },
                };
                s.ty = Some(conv);
                if s.precision.is_none() {
                    s.precision = Some(6);
                }
                format_float(vm, f, &s)?
            }
            'c' => {
                let ch = if let Some(t) = v.as_str().filter(|t| t.as_str().chars().count() == 1) {
                    t.as_str().to_string()
                } else if let Some(n) = as_int(&v) {
                    match n
                        .to_i64()
                        .and_then(|x| u32::try_from(x).ok())
                        .and_then(char::from_u32)
                    {
                        Some(ch) => ch.to_string(),
                        None => return Err(vm.overflow_error("%c arg not in range(0x110000)")),
                    }
                } else {
                    return Err(vm.type_error("%c requires int or char"));
                };
                pad(&s, "", &ch, '>')
            }
            other => {
                return Err(vm.value_error(format!(
                    "unsupported format character '{other}' ({:#x}) at index {}",
                    other as u32,
                    i - 1
                )))
            }
        };
        let _ = pct_at;
        out.push_str(&piece);
    }
    if argidx < arglen && !is_mapping {
        return Err(vm.type_error(if bytes_mode {
            "not all arguments converted during bytes formatting"
        } else {
            "not all arguments converted during string formatting"
        }));
    }
    Ok(out)
}

fn percent_int(vm: &mut Vm, v: &Value, conv: char, allow_float: bool) -> PyResult<BigInt> {
    if let Some(i) = as_int(v) {
        return Ok(i.to_big().into_owned());
    }
    // An int subclass formats as its int value.
    if let Some(b) = Vm::base_value(v) {
        if let Some(i) = as_int(&b) {
            return Ok(i.to_big().into_owned());
        }
    }
    let hooks: &[&str] = if allow_float {
        &["__index__", "__int__"]
    } else {
        &["__index__"]
    };
    for hook in hooks {
        if let Some(r) = vm.try_special(v, hook, &[])? {
            if let Some(i) = as_int(&r) {
                return Ok(i.to_big().into_owned());
            }
        }
    }
    if let Some(f) = v.as_float() {
        if allow_float {
            if !f.is_finite() {
                return Err(vm.overflow_error("cannot convert float infinity to integer"));
            }
            return Ok(num_bigint::BigInt::from(f.trunc() as i128));
        }
        return Err(vm.type_error(format!(
            "%{conv} format: an integer is required, not {}",
            vm.type_name(v)
        )));
    }
    Err(vm.type_error(format!(
        "%{conv} format: {} is required, not {}",
        if allow_float {
            "a real number"
        } else {
            "an integer"
        },
        vm.type_name(v)
    )))
}

fn percent_int_str(vm: &Vm, s: &Spec, n: &BigInt, prefix: &str) -> PyResult<String> {
    let mut digits = super::functions::checked_decimal(vm, n)?;
    if let Some(p) = s.precision {
        while digits.len() < p {
            digits.insert(0, '0');
        }
    }
    let sign = sign_str(n.is_negative() && !n.is_zero(), s.sign);
    Ok(pad(s, &format!("{sign}{prefix}"), &digits, '>'))
}

// ---- registration: format(), ascii(), str.format, str.format_map ----

pub(super) fn register(vm: &mut Vm, builtins: &Value) {
    use super::new_builtin;
    vm.dict_set_str(
        builtins,
        "format",
        new_builtin("format", builtin_format, false),
    );
    vm.dict_set_str(
        builtins,
        "ascii",
        new_builtin("ascii", builtin_ascii, false),
    );
    let d = vm.types.str_.as_type().expect("a type").dict.clone();
    vm.dict_set_str(&d, "format", new_builtin("format", str_format_method, true));
    vm.dict_set_str(
        &d,
        "format_map",
        new_builtin("format_map", str_format_map, true),
    );
}

fn builtin_format(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    super::functions::no_kwargs(vm, "format", kwnames)?;
    super::functions::check_args(vm, "format", args.len(), 1, 2)?;
    let spec = match args.get(1) {
        None => String::new(),
        Some(s) => match s.as_str() {
            Some(s) => s.as_str().to_string(),
            None => {
                return Err(vm.type_error(format!(
                    "format() argument 2 must be str, not {}",
                    vm.type_name(s)
                )))
            }
        },
    };
    let r = format_value(vm, &args[0], &spec)?;
    Ok(crate::object::str::new_str(r))
}

fn builtin_ascii(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let x = super::functions::one_arg(vm, "ascii", args, kwnames)?.clone();
    let r = ops::repr(vm, &x)?;
    Ok(crate::object::str::new_str(ascii(&r)))
}

fn str_format_method(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let Some(fmt) = args.first().and_then(|v| v.as_str()) else {
        return Err(vm.type_error("descriptor 'format' for 'str' objects needs a str"));
    };
    let fmt = fmt.as_str().to_string();
    let (pos, kws) = super::split_kwargs(&args[1..], kwnames);
    let kwargs: Vec<(String, Value)> = kws
        .iter()
        .map(|(k, v)| (k.to_string(), (*v).clone()))
        .collect();
    let pos = pos.to_vec();
    let r = str_format(vm, &fmt, &pos, &kwargs)?;
    Ok(crate::object::str::new_str(r))
}

fn str_format_map(vm: &mut Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    super::functions::no_kwargs(vm, "format_map", kwnames)?;
    super::functions::check_args(vm, "str.format_map", args.len(), 2, 2)?;
    let Some(fmt) = args[0].as_str() else {
        return Err(vm.type_error("descriptor 'format_map' for 'str' objects needs a str"));
    };
    let fmt = fmt.as_str().to_string();
    let mapping = args[1].clone();
    let kwargs: Vec<(String, Value)> = match mapping.as_dict() {
        Some(d) => d
            .borrow()
            .iter()
            .filter_map(|(k, v)| Some((k.as_str()?.as_str().to_string(), v.clone())))
            .collect(),
        None => return Err(vm.type_error("format_map() argument must be a mapping")),
    };
    // A positional field has nothing to take from a mapping.
    let r = match str_format(vm, &fmt, &[], &kwargs) {
        Err(e)
            if vm.is_instance_of(&e.0, &vm.exc.index_error.clone())
                && ops::str_(vm, &e.0).is_ok_and(|m| m.starts_with("Replacement index")) =>
        {
            return Err(vm.value_error("Format string contains positional fields"))
        }
        r => r?,
    };
    Ok(crate::object::str::new_str(r))
}
