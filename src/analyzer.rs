//! The pipeline (work in progress).

use serde::{Deserialize, Serialize};

/// Result.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Analysis {}

/// Pipeline.
#[derive(Debug, Clone, Default)]
pub struct Analyzer {}
