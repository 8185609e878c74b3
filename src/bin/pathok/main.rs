//! The `pathok` command: runs the library on files. No heuristics live here.

fn main() {
    let path = std::env::args().nth(1).unwrap_or_default();
    let html = std::fs::read_to_string(path).unwrap_or_default();
    match pathok::extract(&html, &pathok::Options::default()) {
        Ok(a) => println!("{}", serde_json::to_string_pretty(&a).unwrap_or_default()),
        Err(e) => eprintln!("{e}"),
    }
}
