//! Build script of the baseline window: tauri-build only (config and icons).

fn main() {
    tauri_build::build();
}
