//! The integration tests: one binary, a module per topic.

mod check; // the config checker: fixtures, samples, hostile input, secrets, CLI
mod kb; // the KB loader and lint-kb: bundled kb/, seeds, kb-real, damaged inputs
mod util; // the built binary, temporary folders, the ../shared folder
