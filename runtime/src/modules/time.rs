//! The `time` module: clocks and sleep.

use super::{new_module, no_args, one_arg};
use crate::interp::{PyResult, Vm};
use crate::object::int::from_big;
use crate::value::Value;
use num_bigint::BigInt;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

pub(super) fn make(vm: &mut Vm) -> Value {
    let (m, d) = new_module(vm, "time");
    let fns: &[(&'static str, crate::builtins::BuiltinFn)] = &[
        ("time", time_time),
        ("time_ns", time_time_ns),
        ("perf_counter", time_perf_counter),
        ("perf_counter_ns", time_perf_counter_ns),
        ("monotonic", time_perf_counter),
        ("monotonic_ns", time_perf_counter_ns),
        ("process_time", time_process_time),
        ("process_time_ns", time_process_time_ns),
        ("thread_time", time_process_time),
        ("thread_time_ns", time_process_time_ns),
        ("sleep", time_sleep),
        ("_gmtime", time_gmtime),
        ("_localtime", time_localtime),
        ("_mktime", time_mktime),
        ("_strftime", time_strftime),
    ];
    super::add_functions(vm, &d, fns);
    // The time zone, as the C library sees it at import.
    let (std_name, dst_name, timezone, altzone, daylight) = zone_info();
    vm.dict_set_str(&d, "timezone", Value::int(timezone));
    vm.dict_set_str(&d, "altzone", Value::int(altzone));
    vm.dict_set_str(&d, "daylight", Value::int(daylight));
    let tzname = crate::object::new_tuple(vec![
        crate::object::str::new_str(std_name),
        crate::object::str::new_str(dst_name),
    ]);
    vm.dict_set_str(&d, "tzname", tzname);
    // struct_time and the functions taking or giving one: our own Python.
    super::run_source(vm, &d, SOURCE, "<frozen time>");
    m
}

const SOURCE: &str = r#"
from _structseq import structseq as _structseq

struct_time = _structseq("time.struct_time", (
    "tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday",
    "tm_yday", "tm_isdst", "tm_zone", "tm_gmtoff"), 9)

_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
           "Oct", "Nov", "Dec")


def _seconds(secs):
    if secs is None:
        return time()
    if not isinstance(secs, (int, float)):
        raise TypeError(f"'{type(secs).__name__}' object cannot be interpreted as an integer")
    return secs


def gmtime(seconds=None, /):
    return struct_time(_gmtime(_seconds(seconds)))


def localtime(seconds=None, /):
    return struct_time(_localtime(_seconds(seconds)))


def _fields(t, name):
    if isinstance(t, struct_time):
        return tuple(t)
    if not isinstance(t, tuple):
        raise TypeError("Tuple or struct_time argument required")
    if len(t) != 9:
        raise TypeError(f"{name}(): illegal time tuple argument")
    return t


def mktime(t, /):
    return _mktime(_fields(t, "mktime"))


def strftime(format, t=None, /):
    if not isinstance(format, str):
        raise TypeError(f"strftime() argument 1 must be str, not {type(format).__name__}")
    t = list(localtime() if t is None else _fields(t, "strftime"))
    # As CPython's checks: month, day and day of year 0 mean the first.
    if not 0 <= t[1] <= 12:
        raise ValueError("month out of range")
    if not 0 <= t[2] <= 31:
        raise ValueError("day of month out of range")
    if not 0 <= t[3] <= 23:
        raise ValueError("hour out of range")
    if not 0 <= t[4] <= 59:
        raise ValueError("minute out of range")
    if not 0 <= t[5] <= 61:
        raise ValueError("seconds out of range")
    if t[6] < -1:
        raise ValueError("day of week out of range")
    if not 0 <= t[7] <= 366:
        raise ValueError("day of year out of range")
    for i in (1, 2, 7):
        t[i] = t[i] or 1
    return _strftime(format, tuple(t))


def asctime(t=None, /):
    t = localtime() if t is None else _fields(t, "asctime")
    return (f"{_DAYS[t[6]]} {_MONTHS[t[1] - 1]} {t[2]:2d} "
            f"{t[3]:02d}:{t[4]:02d}:{t[5]:02d} {t[0]}")


class _ClockInfo:
    def __init__(self, implementation, monotonic, adjustable, resolution):
        self.implementation = implementation
        self.monotonic = monotonic
        self.adjustable = adjustable
        self.resolution = resolution

    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in self.__dict__.items())
        return f"namespace({fields})"


_CLOCKS = {
    "time": ("clock_gettime(CLOCK_REALTIME)", False, True),
    "monotonic": ("clock_gettime(CLOCK_MONOTONIC)", True, False),
    "perf_counter": ("clock_gettime(CLOCK_MONOTONIC)", True, False),
    "process_time": ("clock_gettime(CLOCK_PROCESS_CPUTIME_ID)", True, False),
    "thread_time": ("clock_gettime(CLOCK_THREAD_CPUTIME_ID)", True, False),
}


def get_clock_info(name, /):
    try:
        implementation, monotonic, adjustable = _CLOCKS[name]
    except (KeyError, TypeError):
        raise ValueError("unknown clock") from None
    return _ClockInfo(implementation, monotonic, adjustable, 1e-09)


def ctime(seconds=None, /):
    return asctime(localtime(seconds))
"#;

extern "C" {
    /// POSIX `tzset` (the libc crate does not declare it).
    fn tzset();
}

/// (standard name, DST name, timezone, altzone, daylight) from the C
/// library's idea of the local zone.
fn zone_info() -> (String, String, i64, i64, i64) {
    // SAFETY: tzset initializes the C library's zone globals; localtime_r
    // writes one `tm` through the valid pointer.
    unsafe {
        tzset();
        let now = libc::time(std::ptr::null_mut());
        let mut jan: libc::tm = std::mem::zeroed();
        let mut jul: libc::tm = std::mem::zeroed();
        // The offsets in January and July of this year tell standard and
        // summer time apart, as CPython does.
        let year_start = now - (now % (365 * 86400));
        libc::localtime_r(&year_start, &mut jan);
        let mid = year_start + 182 * 86400;
        libc::localtime_r(&mid, &mut jul);
        let name = |tm: &libc::tm| {
            if tm.tm_zone.is_null() {
                String::new()
            } else {
                std::ffi::CStr::from_ptr(tm.tm_zone)
                    .to_string_lossy()
                    .into_owned()
            }
        };
        let (jan_off, jul_off) = (jan.tm_gmtoff, jul.tm_gmtoff);
        let (std_tm, dst_tm) = if jan_off < jul_off {
            (&jan, &jul)
        } else {
            (&jul, &jan)
        };
        (
            name(std_tm),
            name(dst_tm),
            -std_tm.tm_gmtoff,
            -dst_tm.tm_gmtoff,
            (jan_off != jul_off) as i64,
        )
    }
}

/// Whole seconds of a timestamp argument (floored, as CPython's
/// `_PyTime_ObjectToTime_t` rounds toward negative infinity for floats).
fn timestamp(vm: &Vm, v: &Value) -> PyResult<libc::time_t> {
    if let Some(f) = v.as_float() {
        if f.is_nan() {
            return Err(vm.value_error("Invalid value NaN (not a number)"));
        }
        let fl = f.floor();
        if !(-9.2e18..9.2e18).contains(&fl) {
            return Err(vm.overflow_error("timestamp out of range for platform time_t"));
        }
        return Ok(fl as libc::time_t);
    }
    match crate::object::int::as_int(v).and_then(|i| i.to_i64()) {
        Some(i) => Ok(i as libc::time_t),
        None => Err(vm.overflow_error("timestamp out of range for platform time_t")),
    }
}

fn tm_tuple(tm: &libc::tm) -> Value {
    let zone = if tm.tm_zone.is_null() {
        String::new()
    } else {
        // SAFETY: tm_zone points to a NUL-terminated name kept by libc.
        unsafe { std::ffi::CStr::from_ptr(tm.tm_zone) }
            .to_string_lossy()
            .into_owned()
    };
    crate::object::new_tuple(vec![
        Value::int(tm.tm_year as i64 + 1900),
        Value::int(tm.tm_mon as i64 + 1),
        Value::int(tm.tm_mday as i64),
        Value::int(tm.tm_hour as i64),
        Value::int(tm.tm_min as i64),
        Value::int(tm.tm_sec as i64),
        Value::int((tm.tm_wday as i64 + 6) % 7),
        Value::int(tm.tm_yday as i64 + 1),
        Value::int(tm.tm_isdst as i64),
        crate::object::str::new_str(zone),
        Value::int(tm.tm_gmtoff),
    ])
}

fn convert_time(vm: &mut Vm, args: &[Value], local: bool) -> PyResult<Value> {
    super::check_args(vm, "gmtime", args.len(), 1, 1)?;
    let t = timestamp(vm, &args[0])?;
    // SAFETY: the conversions write one `tm` through the valid pointer.
    let (ok, tm) = unsafe {
        let mut tm: libc::tm = std::mem::zeroed();
        let r = if local {
            libc::localtime_r(&t, &mut tm)
        } else {
            libc::gmtime_r(&t, &mut tm)
        };
        (!r.is_null(), tm)
    };
    if !ok {
        return Err(vm.overflow_error("timestamp out of range for platform time_t"));
    }
    Ok(tm_tuple(&tm))
}

fn time_gmtime(vm: &mut Vm, args: &[Value], _kw: Option<&Value>) -> PyResult<Value> {
    convert_time(vm, args, false)
}
fn time_localtime(vm: &mut Vm, args: &[Value], _kw: Option<&Value>) -> PyResult<Value> {
    convert_time(vm, args, true)
}

/// A `tm` from the 9 fields of a time tuple (checked to be ints).
fn tm_from(vm: &Vm, t: &Value) -> PyResult<libc::tm> {
    let items = t
        .as_tuple()
        .ok_or_else(|| vm.type_error("Tuple or struct_time argument required"))?;
    let mut f = [0i64; 9];
    for (slot, item) in f.iter_mut().zip(items) {
        *slot = crate::object::int::as_int(item)
            .and_then(|i| i.to_i64())
            .ok_or_else(|| vm.type_error("'float' object cannot be interpreted as an integer"))?;
    }
    // SAFETY: an all-zero `tm` is a valid value (a null zone pointer).
    let mut tm: libc::tm = unsafe { std::mem::zeroed() };
    tm.tm_year = (f[0] - 1900) as i32;
    tm.tm_mon = (f[1] - 1) as i32;
    tm.tm_mday = f[2] as i32;
    tm.tm_hour = f[3] as i32;
    tm.tm_min = f[4] as i32;
    tm.tm_sec = f[5] as i32;
    tm.tm_wday = ((f[6] + 1) % 7) as i32;
    tm.tm_yday = (f[7] - 1) as i32;
    tm.tm_isdst = f[8] as i32;
    Ok(tm)
}

fn time_mktime(vm: &mut Vm, args: &[Value], _kw: Option<&Value>) -> PyResult<Value> {
    super::check_args(vm, "mktime", args.len(), 1, 1)?;
    let mut tm = tm_from(vm, &args[0])?;
    tm.tm_wday = -1;
    // SAFETY: mktime reads and normalizes the `tm` it is given.
    let t = unsafe { libc::mktime(&mut tm) };
    if t == -1 && tm.tm_wday == -1 {
        return Err(vm.overflow_error("mktime argument out of range"));
    }
    Ok(Value::float(t as f64))
}

fn time_strftime(vm: &mut Vm, args: &[Value], _kw: Option<&Value>) -> PyResult<Value> {
    super::check_args(vm, "strftime", args.len(), 2, 2)?;
    let fmt = args[0]
        .as_str()
        .map(|s| s.as_str().to_string())
        .unwrap_or_default();
    let tm = tm_from(vm, &args[1])?;
    let Ok(cfmt) = std::ffi::CString::new(fmt.clone()) else {
        return Err(vm.value_error("embedded null character"));
    };
    if fmt.is_empty() {
        return Ok(crate::object::str::new_str(""));
    }
    let mut size = 256usize;
    loop {
        let mut buf = vec![0u8; size];
        // SAFETY: strftime writes at most `size` bytes into `buf`, reading
        // the NUL-terminated format and the `tm`.
        let n = unsafe {
            libc::strftime(
                buf.as_mut_ptr() as *mut libc::c_char,
                size,
                cfmt.as_ptr(),
                &tm,
            )
        };
        if n > 0 || size > 256 * fmt.len() {
            buf.truncate(n);
            return Ok(crate::object::str::new_str(
                String::from_utf8_lossy(&buf).as_ref(),
            ));
        }
        size *= 4;
    }
}

fn since_epoch() -> Duration {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default()
}

/// The monotonic clock's reading: time since the first reading in this
/// process, offset so that it never starts at zero.
fn monotonic() -> Duration {
    thread_local! {
        static START: Instant = Instant::now();
    }
    START.with(|s| s.elapsed()) + Duration::from_secs(1)
}

/// CPU time of the process (user + system), from `clock_gettime`.
fn process_time() -> Duration {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: clock_gettime writes one timespec through the valid pointer.
    let rc = unsafe { libc::clock_gettime(libc::CLOCK_PROCESS_CPUTIME_ID, &mut ts) };
    if rc != 0 {
        return Duration::ZERO;
    }
    Duration::new(ts.tv_sec as u64, ts.tv_nsec as u32)
}

fn ns(d: Duration) -> Value {
    from_big(BigInt::from(d.as_nanos()))
}

fn time_time(vm: &mut Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    no_args(vm, "time", args, kw)?;
    Ok(Value::float(since_epoch().as_secs_f64()))
}
fn time_time_ns(vm: &mut Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    no_args(vm, "time_ns", args, kw)?;
    Ok(ns(since_epoch()))
}
fn time_perf_counter(vm: &mut Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    no_args(vm, "perf_counter", args, kw)?;
    Ok(Value::float(monotonic().as_secs_f64()))
}
fn time_perf_counter_ns(vm: &mut Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    no_args(vm, "perf_counter_ns", args, kw)?;
    Ok(ns(monotonic()))
}
fn time_process_time(vm: &mut Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    no_args(vm, "process_time", args, kw)?;
    Ok(Value::float(process_time().as_secs_f64()))
}
fn time_process_time_ns(vm: &mut Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    no_args(vm, "process_time_ns", args, kw)?;
    Ok(ns(process_time()))
}

/// `sleep(secs)`: CPython's checks on the argument.
fn time_sleep(vm: &mut Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let v = one_arg(vm, "sleep", args, kw)?;
    let secs = if let Some(f) = v.as_float() {
        f
    } else if let Some(i) = crate::object::int::as_int(v) {
        i.to_f64().unwrap_or(f64::INFINITY)
    } else {
        return Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(v)
        )));
    };
    if secs.is_nan() {
        return Err(vm.value_error("Invalid value NaN (not a number)"));
    }
    if secs < 0.0 {
        return Err(vm.value_error("sleep length must be non-negative"));
    }
    if secs > 1e15 {
        return Err(vm.overflow_error("timestamp too large to convert to C _PyTime_t"));
    }
    std::thread::sleep(Duration::from_secs_f64(secs));
    Ok(Value::NONE)
}
