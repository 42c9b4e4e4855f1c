//! `complex`: CPython's arithmetic (Smith's division, integer powers by
//! repeated squaring, the polar formula otherwise), repr and hash.

use super::float;

pub type C = (f64, f64);

pub fn add(a: C, b: C) -> C {
    (a.0 + b.0, a.1 + b.1)
}
pub fn sub(a: C, b: C) -> C {
    (a.0 - b.0, a.1 - b.1)
}
pub fn mul(a: C, b: C) -> C {
    (a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0)
}

/// `a / b`; None on division by zero.
pub fn div(a: C, b: C) -> Option<C> {
    let (abs_r, abs_i) = (b.0.abs(), b.1.abs());
    if abs_r >= abs_i {
        if abs_r == 0.0 {
            return None;
        }
        let ratio = b.1 / b.0;
        let denom = b.0 + b.1 * ratio;
        Some(((a.0 + a.1 * ratio) / denom, (a.1 - a.0 * ratio) / denom))
    } else if abs_i >= abs_r {
        let ratio = b.0 / b.1;
        let denom = b.0 * ratio + b.1;
        Some(((a.0 * ratio + a.1) / denom, (a.1 * ratio - a.0) / denom))
    } else {
        Some((f64::NAN, f64::NAN))
    }
}

fn powu(x: C, mut n: u64) -> C {
    let mut r = (1.0, 0.0);
    let mut p = x;
    while n > 0 {
        if n & 1 == 1 {
            r = mul(r, p);
        }
        n >>= 1;
        p = mul(p, p);
    }
    r
}

/// `a ** b`; None for 0 raised to a negative or complex power.
pub fn pow(a: C, b: C) -> Option<C> {
    if b.1 == 0.0 && b.0 == b.0.trunc() && b.0.abs() <= 100.0 {
        let n = b.0 as i64;
        if n >= 0 {
            return Some(powu(a, n as u64));
        }
        if a == (0.0, 0.0) {
            return None;
        }
        return div((1.0, 0.0), powu(a, (-n) as u64));
    }
    if b == (0.0, 0.0) {
        return Some((1.0, 0.0));
    }
    if a == (0.0, 0.0) {
        if b.1 != 0.0 || b.0 < 0.0 {
            return None;
        }
        return Some((0.0, 0.0));
    }
    let vabs = a.0.hypot(a.1);
    let mut len = vabs.powf(b.0);
    let at = a.1.atan2(a.0);
    let mut phase = at * b.0;
    if b.1 != 0.0 {
        len /= (at * b.1).exp();
        phase += b.1 * vabs.ln();
    }
    Some((len * phase.cos(), len * phase.sin()))
}

pub fn abs(a: C) -> f64 {
    a.0.hypot(a.1)
}

/// A part of a complex repr: the float's repr without a trailing `.0`.
fn part(x: f64) -> String {
    let r = float::repr(x);
    match r.strip_suffix(".0") {
        Some(s) => s.to_string(),
        None => r,
    }
}

/// `repr(complex)`: `1j`, `(1+2j)`, `(-0-1j)`.
pub fn repr(a: C) -> String {
    if a.0 == 0.0 && a.0.is_sign_positive() {
        return format!("{}j", part(a.1));
    }
    let sign = if a.1.is_sign_negative() || (a.1.is_nan() && a.1.is_sign_negative()) {
        "-"
    } else {
        "+"
    };
    format!("({}{sign}{}j)", part(a.0), part(a.1.abs()))
}

/// CPython's hash: hash(real) + 1000003 * hash(imag).
pub fn hash(a: C) -> i64 {
    let h = float::hash(a.0).wrapping_add(float::hash(a.1).wrapping_mul(1000003));
    if h == -1 {
        -2
    } else {
        h
    }
}

/// `complex(s)`: `1+2j`, `-3.5j`, `4`, `j`, with optional parentheses
/// and surrounding whitespace.
pub fn parse(s: &str) -> Option<C> {
    let mut t = s.trim();
    if t.starts_with('(') && t.ends_with(')') {
        t = t[1..t.len() - 1].trim();
    }
    if t.is_empty() {
        return None;
    }
    let num = |x: &str| -> Option<f64> {
        match x {
            "" | "+" => Some(1.0),
            "-" => Some(-1.0),
            _ => {
                let ok = x
                    .chars()
                    .all(|c| c.is_ascii_digit() || matches!(c, '.' | 'e' | 'E' | '+' | '-' | '_'))
                    || matches!(
                        x.to_ascii_lowercase().trim_start_matches(['+', '-']),
                        "inf" | "infinity" | "nan"
                    );
                if !ok {
                    return None;
                }
                x.replace('_', "").parse::<f64>().ok()
            }
        }
    };
    if let Some(body) = t.strip_suffix(['j', 'J']) {
        // Split real and imaginary at the last sign not after an 'e'.
        let bytes = body.as_bytes();
        let mut split = None;
        for i in (1..bytes.len()).rev() {
            if (bytes[i] == b'+' || bytes[i] == b'-') && !matches!(bytes[i - 1], b'e' | b'E') {
                split = Some(i);
                break;
            }
        }
        return match split {
            Some(i) => {
                let re = body[..i].parse::<f64>().ok()?;
                let im = num(&body[i..])?;
                Some((re, im))
            }
            None => Some((0.0, num(body)?)),
        };
    }
    let re = t.replace('_', "").parse::<f64>().ok()?;
    Some((re, 0.0))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reprs_match_cpython() {
        assert_eq!(repr((1.0, 2.0)), "(1+2j)");
        assert_eq!(repr((0.0, 1.0)), "1j");
        assert_eq!(repr((-0.0, -1.0)), "(-0-1j)");
        assert_eq!(repr((0.0, -0.0)), "-0j");
        assert_eq!(repr((-1.0, 0.0)), "(-1+0j)");
        assert_eq!(repr((0.1, 0.7000000000000001)), "(0.1+0.7000000000000001j)");
        assert_eq!(repr((f64::INFINITY, 1.0)), "(inf+1j)");
    }

    #[test]
    fn arithmetic_matches_cpython() {
        assert_eq!(
            div((1.0, 2.0), (3.0, -1.0)),
            Some((0.1, 0.7000000000000001))
        );
        assert_eq!(div((1.0, 0.0), (0.0, 0.0)), None);
        assert_eq!(pow((0.0, 1.0), (2.0, 0.0)), Some((-1.0, 0.0)));
        assert_eq!(pow((1.0, 1.0), (2.0, 0.0)), Some((0.0, 2.0)));
        assert_eq!(pow((0.0, 0.0), (-1.0, 0.0)), None);
        assert_eq!(abs((3.0, 4.0)), 5.0);
    }

    #[test]
    fn parses_complex_strings() {
        assert_eq!(parse("1+2j"), Some((1.0, 2.0)));
        assert_eq!(parse(" 4-5j "), Some((4.0, -5.0)));
        assert_eq!(parse("j"), Some((0.0, 1.0)));
        assert_eq!(parse("-1.5e-3j"), Some((0.0, -0.0015)));
        assert_eq!(parse("(3)"), Some((3.0, 0.0)));
        assert_eq!(parse("1+"), None);
        assert_eq!(parse(""), None);
    }
}
