//! Tests that keep the workspace safe: the kill -9 trial of the storage, bad input on every
//! write, and bounded fuzzing of opening workspace files and of every importer.

mod bad_input;
mod crash;
mod fuzz_import;
mod fuzz_open;
mod input_cases;
mod support;
