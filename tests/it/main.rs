//! The integration tests: one binary, a module per topic.

mod ask; // kbbot ask / ask --batch / chat through the binary
mod chat; // kbbot chat on a terminal (a pseudo-terminal through `script`): pastes, history
mod check; // the config checker: fixtures, samples, hostile input, secrets, CLI
mod check_cli; // the config checker through the binary: instances, numbers, IPs, unreadable files
mod eval; // the labelled query sets and their targets
mod everyday; // issue 21's everyday pastes through `kbbot ask`
mod kb; // the KB loader and lint-kb: bundled kb/, seeds, kb-real, damaged inputs
mod log_file; // ask --file: whole-log triage, encodings, binary refused
mod search; // the matcher on the bundled KB, the seeds, on-disk indexes
mod terminal; // ask and show on a pseudo-terminal: styles, wrapping, the pager
mod util; // the built binary, temporary folders, the ../shared folder

// The Discord face is the kbbot-discord crate; the e2e tests reach it through its public API.
use kbbot_discord as bot;
mod discord; // the real bot client against a fake Discord
mod fake_discord; // the fake: REST + gateway on 127.0.0.1
