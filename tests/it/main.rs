//! The integration tests: one binary, a module per topic.

mod check;
mod util; // the built binary, temporary folders, the ../shared folder // the config checker: fixtures, samples, hostile input, secrets, CLI
