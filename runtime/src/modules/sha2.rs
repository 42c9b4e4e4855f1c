//! `_sha2`: the SHA-512 digest (the `sha2` crate), under `_sha512`
//! (`runtime/lib/_sha512.py`), which `random` uses to seed from str and
//! bytes as CPython does.

use super::{new_module, one_arg};
use crate::builtins::bytes::{bytes_of, new_bytes};
use crate::builtins::new_builtin;
use crate::interp::{PyResult, Vm};
use crate::value::Value;
use sha2::Digest;

pub(super) fn make(vm: &mut Vm) -> Value {
    let (m, d) = new_module(vm, "_sha2");
    vm.dict_set_str(
        &d,
        "sha512_digest",
        new_builtin("sha512_digest", sha512_digest, false),
    );
    m
}

/// `sha512_digest(data)`: the 64-byte digest of a bytes-like object.
fn sha512_digest(vm: &mut Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    let v = one_arg(vm, "sha512_digest", args, kw)?;
    let data = bytes_of(v).ok_or_else(|| {
        vm.type_error(format!(
            "object supporting the buffer API required, not '{}'",
            vm.type_name(v)
        ))
    })?;
    Ok(new_bytes(sha2::Sha512::digest(&data).to_vec()))
}
