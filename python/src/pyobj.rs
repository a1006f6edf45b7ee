//! A serde serializer that builds Python objects (dicts, lists, str, int, float, bool, None)
//! directly from Rust values: the objects `json.loads` gives for `serde_json::to_string` of
//! the same value, without the JSON text in between.
//!
//! What holds (each is what `serde_json` writes and `json.loads` reads back):
//! - structs and maps are dicts in field order, sequences and tuples lists, `Option::None`
//!   and `()` None, unit variants their name, other variants `{name: value}`;
//! - field names (and unit variant names) are interned Python strings, made once per process;
//! - an `f64` is the same float; an `f32` is the float of its shortest decimal form (`0.8f32`
//!   is `0.8`, not `0.800000011920929`); a NaN or infinity is None;
//! - bytes are a list of ints; map keys are strings (numbers, bools and chars become their
//!   JSON text), any other key is a `ValueError` as in `serde_json`.

use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::{PyBool, PyDict, PyFloat, PyInt, PyList, PyString};
use serde::ser::{self, Serialize};
use std::cell::RefCell;
use std::collections::HashMap;
use std::fmt::Write as _;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::{Mutex, MutexGuard, OnceLock};

/// The Python object `json.loads(serde_json::to_string(value))` would give.
pub(crate) fn to_py<'py, T: Serialize + ?Sized>(
    py: Python<'py>,
    value: &T,
) -> PyResult<Bound<'py, PyAny>> {
    // Held while this value is built (by the thread holding the GIL). If another thread has
    // it (a finalizer run by the allocator let it take the GIL in the middle of a build), this
    // build interns its keys without the cache rather than wait.
    let keys = RefCell::new(KEYS.get_or_init(Default::default).try_lock().ok());
    value.serialize(Ser { py, keys: &keys }).map_err(|e| e.0)
}

/// A hasher for `(address, length)` of static strings: one multiply per word.
#[derive(Default)]
struct AddrHasher(u64);

impl Hasher for AddrHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.write_u64(u64::from(b));
        }
    }
    fn write_usize(&mut self, n: usize) {
        self.write_u64(n as u64);
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = (self.0.rotate_left(5) ^ n).wrapping_mul(0x517c_c1b7_2722_0a95);
    }
}

/// Slots of the direct-mapped front of [`KeyCache`].
const SLOTS: usize = 512;

/// Interned Python strings of static names (struct fields, variants), by the address and
/// length of the name: a static string's bytes never change, so the same address and length
/// is the same name (the same name at two addresses is two entries, both right). A
/// direct-mapped table answers most look-ups with one compare; the map holds every name.
#[derive(Default)]
struct KeyCache {
    slots: Vec<Option<(usize, usize, Py<PyString>)>>,
    all: HashMap<(usize, usize), Py<PyString>, BuildHasherDefault<AddrHasher>>,
}

impl KeyCache {
    fn get<'py>(&mut self, py: Python<'py>, name: &'static str) -> Bound<'py, PyString> {
        let (addr, len) = (name.as_ptr() as usize, name.len());
        let slot = ((addr as u64 ^ (len as u64).rotate_left(32))
            .wrapping_mul(0x9e37_79b9_7f4a_7c15)
            >> 55) as usize
            % SLOTS;
        if self.slots.is_empty() {
            self.slots.resize_with(SLOTS, || None);
        }
        if let Some((a, l, s)) = &self.slots[slot] {
            if (*a, *l) == (addr, len) {
                return s.bind(py).clone();
            }
        }
        let s = self
            .all
            .entry((addr, len))
            .or_insert_with(|| PyString::intern(py, name).unbind())
            .clone_ref(py);
        let out = s.bind(py).clone();
        self.slots[slot] = Some((addr, len, s));
        out
    }
}

static KEYS: OnceLock<Mutex<KeyCache>> = OnceLock::new();

type Keys<'k> = RefCell<Option<MutexGuard<'k, KeyCache>>>;

/// The error of a build: a Python exception.
#[derive(Debug)]
pub(crate) struct Error(PyErr);

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

impl std::error::Error for Error {}

impl ser::Error for Error {
    fn custom<T: std::fmt::Display>(msg: T) -> Self {
        Error(PyValueError::new_err(msg.to_string()))
    }
}

impl From<PyErr> for Error {
    fn from(e: PyErr) -> Self {
        Error(e)
    }
}

type Result<T> = std::result::Result<T, Error>;

#[derive(Clone, Copy)]
struct Ser<'py, 'a, 'k> {
    py: Python<'py>,
    keys: &'a Keys<'k>,
}

impl<'py> Ser<'py, '_, '_> {
    /// The interned Python string of a static name.
    fn name(&self, name: &'static str) -> Bound<'py, PyString> {
        match self.keys.borrow_mut().as_mut() {
            Some(cache) => cache.get(self.py, name),
            None => PyString::intern(self.py, name),
        }
    }

    fn none(&self) -> Bound<'py, PyAny> {
        self.py.None().into_bound(self.py)
    }

    fn float(&self, v: f64) -> Bound<'py, PyAny> {
        if v.is_finite() {
            PyFloat::new(self.py, v).into_any()
        } else {
            self.none()
        }
    }

    /// `{name: value}`, the form of a newtype, tuple or struct variant.
    fn variant(&self, name: &'static str, value: Bound<'py, PyAny>) -> Result<Bound<'py, PyAny>> {
        let d = PyDict::new(self.py);
        d.set_item(self.name(name), value)?;
        Ok(d.into_any())
    }
}

macro_rules! ints {
    ($($f:ident: $t:ty),* $(,)?) => {$(
        fn $f(self, v: $t) -> Result<Self::Ok> {
            Ok(PyInt::new(self.py, v).into_any())
        }
    )*};
}

impl<'py, 'a, 'k> ser::Serializer for Ser<'py, 'a, 'k> {
    type Ok = Bound<'py, PyAny>;
    type Error = Error;
    type SerializeSeq = Seq<'py, 'a, 'k>;
    type SerializeTuple = Seq<'py, 'a, 'k>;
    type SerializeTupleStruct = Seq<'py, 'a, 'k>;
    type SerializeTupleVariant = Seq<'py, 'a, 'k>;
    type SerializeMap = Map<'py, 'a, 'k>;
    type SerializeStruct = Map<'py, 'a, 'k>;
    type SerializeStructVariant = Map<'py, 'a, 'k>;

    fn serialize_bool(self, v: bool) -> Result<Self::Ok> {
        Ok(PyBool::new(self.py, v).to_owned().into_any())
    }

    ints!(
        serialize_i8: i8, serialize_i16: i16, serialize_i32: i32, serialize_i64: i64,
        serialize_i128: i128, serialize_u8: u8, serialize_u16: u16, serialize_u32: u32,
        serialize_u64: u64, serialize_u128: u128,
    );

    fn serialize_f32(self, v: f32) -> Result<Self::Ok> {
        if !v.is_finite() {
            return Ok(self.none());
        }
        // `serde_json` writes the shortest decimal that reads back as this f32; the float
        // `json.loads` makes of it is that decimal as an f64. Rust's `Display` writes the same
        // shortest decimal (closest to the value when several are as short).
        let mut s = String::with_capacity(24);
        let _ = write!(s, "{v}");
        Ok(self.float(s.parse::<f64>().unwrap_or(f64::from(v))))
    }

    fn serialize_f64(self, v: f64) -> Result<Self::Ok> {
        Ok(self.float(v))
    }

    fn serialize_char(self, v: char) -> Result<Self::Ok> {
        let mut b = [0; 4];
        Ok(PyString::new(self.py, v.encode_utf8(&mut b)).into_any())
    }

    fn serialize_str(self, v: &str) -> Result<Self::Ok> {
        Ok(PyString::new(self.py, v).into_any())
    }

    fn serialize_bytes(self, v: &[u8]) -> Result<Self::Ok> {
        Ok(PyList::new(self.py, v)?.into_any())
    }

    fn serialize_none(self) -> Result<Self::Ok> {
        Ok(self.none())
    }

    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<Self::Ok> {
        value.serialize(self)
    }

    fn serialize_unit(self) -> Result<Self::Ok> {
        Ok(self.none())
    }

    fn serialize_unit_struct(self, _name: &'static str) -> Result<Self::Ok> {
        Ok(self.none())
    }

    fn serialize_unit_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
    ) -> Result<Self::Ok> {
        Ok(self.name(variant).into_any())
    }

    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        value: &T,
    ) -> Result<Self::Ok> {
        value.serialize(self)
    }

    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<Self::Ok> {
        self.variant(variant, value.serialize(self)?)
    }

    fn serialize_seq(self, len: Option<usize>) -> Result<Self::SerializeSeq> {
        Ok(Seq {
            ser: self,
            items: Vec::with_capacity(len.unwrap_or(0)),
            variant: None,
        })
    }

    fn serialize_tuple(self, len: usize) -> Result<Self::SerializeTuple> {
        self.serialize_seq(Some(len))
    }

    fn serialize_tuple_struct(
        self,
        _name: &'static str,
        len: usize,
    ) -> Result<Self::SerializeTupleStruct> {
        self.serialize_seq(Some(len))
    }

    fn serialize_tuple_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        len: usize,
    ) -> Result<Self::SerializeTupleVariant> {
        let mut seq = self.serialize_seq(Some(len))?;
        seq.variant = Some(variant);
        Ok(seq)
    }

    fn serialize_map(self, _len: Option<usize>) -> Result<Self::SerializeMap> {
        Ok(Map {
            ser: self,
            dict: PyDict::new(self.py),
            key: None,
            variant: None,
        })
    }

    fn serialize_struct(self, _name: &'static str, len: usize) -> Result<Self::SerializeStruct> {
        self.serialize_map(Some(len))
    }

    fn serialize_struct_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        len: usize,
    ) -> Result<Self::SerializeStructVariant> {
        let mut map = self.serialize_map(Some(len))?;
        map.variant = Some(variant);
        Ok(map)
    }
}

/// A list being built (a tuple variant's list when `variant` is set).
pub(crate) struct Seq<'py, 'a, 'k> {
    ser: Ser<'py, 'a, 'k>,
    items: Vec<Bound<'py, PyAny>>,
    variant: Option<&'static str>,
}

impl<'py> Seq<'py, '_, '_> {
    fn push<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<()> {
        self.items.push(value.serialize(self.ser)?);
        Ok(())
    }

    fn finish(self) -> Result<Bound<'py, PyAny>> {
        let list = PyList::new(self.ser.py, self.items)?.into_any();
        match self.variant {
            Some(v) => self.ser.variant(v, list),
            None => Ok(list),
        }
    }
}

macro_rules! seq_impl {
    ($($trait:ident :: $method:ident),*) => {$(
        impl<'py> ser::$trait for Seq<'py, '_, '_> {
            type Ok = Bound<'py, PyAny>;
            type Error = Error;
            fn $method<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<()> {
                self.push(value)
            }
            fn end(self) -> Result<Self::Ok> {
                self.finish()
            }
        }
    )*};
}

seq_impl!(
    SerializeSeq::serialize_element,
    SerializeTuple::serialize_element,
    SerializeTupleStruct::serialize_field,
    SerializeTupleVariant::serialize_field
);

/// A dict being built (a struct variant's dict when `variant` is set).
pub(crate) struct Map<'py, 'a, 'k> {
    ser: Ser<'py, 'a, 'k>,
    dict: Bound<'py, PyDict>,
    key: Option<Bound<'py, PyString>>,
    variant: Option<&'static str>,
}

impl<'py> Map<'py, '_, '_> {
    fn field<T: Serialize + ?Sized>(&mut self, key: &'static str, value: &T) -> Result<()> {
        let value = value.serialize(self.ser)?;
        self.dict.set_item(self.ser.name(key), value)?;
        Ok(())
    }

    fn finish(self) -> Result<Bound<'py, PyAny>> {
        let dict = self.dict.into_any();
        match self.variant {
            Some(v) => self.ser.variant(v, dict),
            None => Ok(dict),
        }
    }
}

impl<'py> ser::SerializeMap for Map<'py, '_, '_> {
    type Ok = Bound<'py, PyAny>;
    type Error = Error;

    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<()> {
        self.key = Some(key.serialize(KeySer { ser: self.ser })?);
        Ok(())
    }

    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<()> {
        let key = self
            .key
            .take()
            .ok_or_else(|| <Error as ser::Error>::custom("a map value without its key"))?;
        let value = value.serialize(self.ser)?;
        self.dict.set_item(key, value)?;
        Ok(())
    }

    fn end(self) -> Result<Self::Ok> {
        self.finish()
    }
}

macro_rules! struct_impl {
    ($($trait:ident),*) => {$(
        impl<'py> ser::$trait for Map<'py, '_, '_> {
            type Ok = Bound<'py, PyAny>;
            type Error = Error;
            fn serialize_field<T: Serialize + ?Sized>(
                &mut self,
                key: &'static str,
                value: &T,
            ) -> Result<()> {
                self.field(key, value)
            }
            fn end(self) -> Result<Self::Ok> {
                self.finish()
            }
        }
    )*};
}

struct_impl!(SerializeStruct, SerializeStructVariant);

/// Map keys: strings, as `serde_json` writes them.
struct KeySer<'py, 'a, 'k> {
    ser: Ser<'py, 'a, 'k>,
}

fn key_error() -> Error {
    <Error as ser::Error>::custom("key must be a string")
}

impl<'py> KeySer<'py, '_, '_> {
    /// A float key: its JSON text, as `serde_json` writes it; not finite, an error.
    fn float(self, finite: bool, text: serde_json::Result<String>) -> Result<Bound<'py, PyString>> {
        match text {
            Ok(t) if finite => Ok(PyString::new(self.ser.py, &t)),
            _ => Err(<Error as ser::Error>::custom(
                "float key must be finite (got NaN or +/-inf)",
            )),
        }
    }
}

macro_rules! key_as_text {
    ($($f:ident: $t:ty),* $(,)?) => {$(
        fn $f(self, v: $t) -> Result<Self::Ok> {
            Ok(PyString::new(self.ser.py, &v.to_string()))
        }
    )*};
}

macro_rules! key_refused {
    ($($f:ident: $t:ty),* $(,)?) => {$(
        fn $f(self, _v: $t) -> Result<Self::Ok> {
            Err(key_error())
        }
    )*};
}

impl<'py> ser::Serializer for KeySer<'py, '_, '_> {
    type Ok = Bound<'py, PyString>;
    type Error = Error;
    type SerializeSeq = ser::Impossible<Self::Ok, Error>;
    type SerializeTuple = ser::Impossible<Self::Ok, Error>;
    type SerializeTupleStruct = ser::Impossible<Self::Ok, Error>;
    type SerializeTupleVariant = ser::Impossible<Self::Ok, Error>;
    type SerializeMap = ser::Impossible<Self::Ok, Error>;
    type SerializeStruct = ser::Impossible<Self::Ok, Error>;
    type SerializeStructVariant = ser::Impossible<Self::Ok, Error>;

    key_as_text!(
        serialize_bool: bool, serialize_i8: i8, serialize_i16: i16, serialize_i32: i32,
        serialize_i64: i64, serialize_i128: i128, serialize_u8: u8, serialize_u16: u16,
        serialize_u32: u32, serialize_u64: u64, serialize_u128: u128, serialize_char: char,
    );

    key_refused!(serialize_bytes: &[u8]);

    fn serialize_f32(self, v: f32) -> Result<Self::Ok> {
        self.float(v.is_finite(), serde_json::to_string(&v))
    }

    fn serialize_f64(self, v: f64) -> Result<Self::Ok> {
        self.float(v.is_finite(), serde_json::to_string(&v))
    }

    fn serialize_str(self, v: &str) -> Result<Self::Ok> {
        Ok(PyString::new(self.ser.py, v))
    }

    fn serialize_none(self) -> Result<Self::Ok> {
        Err(key_error())
    }

    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<Self::Ok> {
        value.serialize(self)
    }

    fn serialize_unit(self) -> Result<Self::Ok> {
        Err(key_error())
    }

    fn serialize_unit_struct(self, _name: &'static str) -> Result<Self::Ok> {
        Err(key_error())
    }

    fn serialize_unit_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
    ) -> Result<Self::Ok> {
        Ok(self.ser.name(variant))
    }

    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        value: &T,
    ) -> Result<Self::Ok> {
        value.serialize(self)
    }

    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        _index: u32,
        _variant: &'static str,
        _value: &T,
    ) -> Result<Self::Ok> {
        Err(key_error())
    }

    fn serialize_seq(self, _len: Option<usize>) -> Result<Self::SerializeSeq> {
        Err(key_error())
    }

    fn serialize_tuple(self, _len: usize) -> Result<Self::SerializeTuple> {
        Err(key_error())
    }

    fn serialize_tuple_struct(
        self,
        _name: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeTupleStruct> {
        Err(key_error())
    }

    fn serialize_tuple_variant(
        self,
        _name: &'static str,
        _index: u32,
        _variant: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeTupleVariant> {
        Err(key_error())
    }

    fn serialize_map(self, _len: Option<usize>) -> Result<Self::SerializeMap> {
        Err(key_error())
    }

    fn serialize_struct(self, _name: &'static str, _len: usize) -> Result<Self::SerializeStruct> {
        Err(key_error())
    }

    fn serialize_struct_variant(
        self,
        _name: &'static str,
        _index: u32,
        _variant: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeStructVariant> {
        Err(key_error())
    }
}
