//! ACLED rows (`libya_nlp::records::acled`) as Python columns.

use libya_nlp::records::acled::{self, AcledRow};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList};

/// The rows of documents as a dict of equal-length lists: `doc_index`, then one list per
/// ACLED column (`None` for an empty number), in row order.
pub(crate) fn columns<'py>(
    py: Python<'py>,
    rows: &[(usize, AcledRow)],
) -> PyResult<Bound<'py, PyDict>> {
    let d = PyDict::new(py);
    d.set_item("doc_index", PyList::new(py, rows.iter().map(|(i, _)| *i))?)?;
    macro_rules! col {
        ($($field:ident),* $(,)?) => {$(
            d.set_item(stringify!($field), PyList::new(py, rows.iter().map(|(_, r)| &r.$field))?)?;
        )*};
    }
    col!(
        event_id_cnty,
        event_date,
        time_precision,
        event_type,
        sub_event_type,
        actor1,
        assoc_actor_1,
        inter1,
        actor2,
        assoc_actor_2,
        inter2,
        interaction,
        iso,
        country,
        admin1,
        location,
        latitude,
        longitude,
        geo_precision,
        source,
        notes,
        fatalities,
    );
    debug_assert_eq!(d.len(), acled::COLUMNS.len() + 1);
    Ok(d)
}
