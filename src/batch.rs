//! Corpus-scale annotation (placeholder until the streaming runner lands).
