//! Light stemming (work in progress).
