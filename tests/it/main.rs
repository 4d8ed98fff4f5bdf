//! The integration tests: one binary, a module per topic.

mod util; // the built binary, temporary folders, the ../shared folder
