//! The baseline of `cargo xtask bench-startup`: Tauri 2's default window with a one-line page,
//! built like Symbio (release, embedded page), so the benchmark compares Symbio's start-up
//! time and memory with what any Tauri app costs on the same machine in the same run.

#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() {
    if let Err(error) = tauri::Builder::default().run(tauri::generate_context!()) {
        eprintln!("the baseline window could not start: {error}");
        std::process::exit(1);
    }
}
