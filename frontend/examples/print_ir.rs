//! Prints the IR of a script: `cargo run -p frontend --example print_ir FILE.js`.

fn main() {
    let path = std::env::args().nth(1).expect("usage: print_ir FILE.js");
    let source = std::fs::read_to_string(&path).expect("readable file");
    match frontend::compile(&source, &path) {
        Ok(module) => print!("{}", ir::print::module_text(&module)),
        Err(e) => {
            eprintln!("{}", e.render(&path, &source));
            std::process::exit(1);
        }
    }
}
