//! The integration tests: one binary, a module per topic.

mod ask; // kbbot ask / ask --batch / chat through the binary
mod eval; // the labelled query sets and their targets
mod kb; // the KB loader and lint-kb: bundled kb/, seeds, kb-real, damaged inputs
mod search; // the matcher on the bundled KB, the seeds, on-disk indexes
mod util; // the built binary, temporary folders, the ../shared folder
