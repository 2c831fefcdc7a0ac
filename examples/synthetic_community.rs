//! Writes the generated 342-municipality document (the one `benches/core.rs` measures) as a JSON file, so
//! the browser benchmark can import the same community: `cargo run --example synthetic_community > x.json`.

#[path = "../benches/synthetic.rs"]
mod synthetic;

fn main() {
    println!("{}", synthetic::large_community().to_json());
}
