//! Check: safe loading of hostile XML configs, the effective config model (serverConf.xml
//! merged with config-<instance>.xml, with the file and line of every value), the rules
//! registry, the throughput model, and secret detection and redaction.
//!
//! **Invariant:** no I/O beyond the bytes given; never reads the network; never returns,
//! logs or stores a secret's value.
