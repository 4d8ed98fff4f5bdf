//! The bot's settings: the TOML config file (`--config kbbot.toml`), the token (from
//! `DISCORD_TOKEN` or `--token-file`), the shard range, and the REST base a test may redirect.
//!
//! Owns parsing and validating those inputs. Must not touch Discord or the engine. The token
//! lives in [`Token`], whose `Debug` and `Display` print `***`, so no log line can leak it.

use std::collections::BTreeSet;
use std::fmt;
use std::ops::Range;
use std::path::{Path, PathBuf};

use anyhow::{bail, Context as _};
use kbbot_engine::Lang;
use serde::Deserialize;

/// The bot token. Printing it in any way shows `***`; [`Token::expose`] is the only way out,
/// used when handing it to serenity.
#[derive(Clone, PartialEq, Eq)]
pub struct Token(String);

impl Token {
    /// Wraps a token read from the environment or a file, trimming a trailing newline and a
    /// `Bot ` prefix that people copy from examples (serenity adds its own).
    pub fn new(raw: &str) -> anyhow::Result<Token> {
        let t = raw.trim();
        let t = t.strip_prefix("Bot ").unwrap_or(t).trim();
        if t.is_empty() {
            bail!("the Discord token is empty");
        }
        Ok(Token(t.to_string()))
    }

    /// The token itself, for serenity only.
    pub fn expose(&self) -> &str {
        &self.0
    }

    /// From `--token-file` when given, else from `DISCORD_TOKEN`.
    pub fn from_env_or_file(file: Option<&Path>) -> anyhow::Result<Token> {
        match file {
            Some(path) => {
                let raw = std::fs::read_to_string(path)
                    .with_context(|| format!("cannot read token file {}", path.display()))?;
                Token::new(&raw)
            }
            None => match std::env::var("DISCORD_TOKEN") {
                Ok(raw) => Token::new(&raw),
                Err(_) => bail!("no Discord token: set DISCORD_TOKEN or pass --token-file"),
            },
        }
    }
}

impl fmt::Debug for Token {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("***")
    }
}

impl fmt::Display for Token {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("***")
    }
}

/// The `kbbot.toml` file. Every key is optional.
#[derive(Clone, Debug, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Settings {
    /// Channels where kbbot reads every message and answers known errors unasked.
    pub support_channels: BTreeSet<u64>,
    /// The language when nothing else tells (user preference, locale, the words).
    pub default_language: Lang,
    /// Check `serverConf.xml` / `config-*.xml` uploads in support channels automatically.
    pub auto_check_attachments: bool,
    /// Delete an upload that contains credentials (needs Manage Messages).
    pub delete_uploads_with_secrets: bool,
    /// Answer support-channel messages in a thread on the message, where the channel allows it.
    pub reply_in_thread: bool,
    /// The SQLite file for preferences, feedback and unanswered questions.
    pub database: PathBuf,
    /// Register the commands in this guild only (instant, for development) instead of globally.
    pub dev_guild: Option<u64>,
    /// A KB folder to serve instead of the bundled one.
    pub kb: Option<PathBuf>,
    /// The longest a config check may run, in seconds, before the user is told it was given up.
    pub check_time_limit_secs: u64,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            support_channels: BTreeSet::new(),
            default_language: Lang::En,
            auto_check_attachments: true,
            delete_uploads_with_secrets: false,
            reply_in_thread: true,
            database: PathBuf::from("kbbot.sqlite"),
            dev_guild: None,
            kb: None,
            check_time_limit_secs: 20,
        }
    }
}

impl Settings {
    /// The longest a config check may run.
    pub fn check_time_limit(&self) -> std::time::Duration {
        std::time::Duration::from_secs(self.check_time_limit_secs)
    }

    /// Parses a config file's text; relative paths are kept as given (relative to the
    /// working directory, as the README says).
    pub fn parse(text: &str) -> anyhow::Result<Settings> {
        Ok(toml::from_str(text)?)
    }

    /// Reads and parses `path`.
    pub fn load(path: &Path) -> anyhow::Result<Settings> {
        let text = std::fs::read_to_string(path)
            .with_context(|| format!("cannot read config {}", path.display()))?;
        Settings::parse(&text).with_context(|| format!("invalid config {}", path.display()))
    }
}

/// Which shards this process runs: `--shards 0-3 --shard-count 8`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Shards {
    /// The first shard id of this process.
    pub first: u32,
    /// The last shard id of this process (inclusive).
    pub last: u32,
    /// The total number of shards across all processes.
    pub count: u32,
}

impl Shards {
    /// One process, one shard.
    pub fn single() -> Shards {
        Shards {
            first: 0,
            last: 0,
            count: 1,
        }
    }

    /// Parses an inclusive range such as `0-3` or `5` against a total shard count.
    pub fn parse(range: &str, count: u32) -> anyhow::Result<Shards> {
        let (first, last) = match range.split_once('-') {
            Some((a, b)) => (a.trim().parse::<u32>()?, b.trim().parse::<u32>()?),
            None => {
                let n = range.trim().parse::<u32>()?;
                (n, n)
            }
        };
        if first > last {
            bail!("shard range {range} is reversed");
        }
        if count == 0 || last >= count {
            bail!("shard range {range} does not fit in a shard count of {count}");
        }
        Ok(Shards { first, last, count })
    }

    /// The argument of serenity's `Client::start_shard_range`, which (in 0.12) reads the end
    /// of its `Range` as the last shard *included*: `0..3` starts shards 0, 1, 2 and 3.
    pub fn serenity_range(&self) -> Range<u32> {
        self.first..self.last
    }
}

/// Everything `build_client` needs.
#[derive(Clone, Debug)]
pub struct BotConfig {
    pub token: Token,
    pub settings: Settings,
    /// `DISCORD_API_BASE`: where REST calls go instead of discord.com (tests only).
    pub api_base: Option<String>,
}

impl BotConfig {
    /// Reads `DISCORD_API_BASE` for the REST redirect; unset in production.
    pub fn api_base_from_env() -> Option<String> {
        std::env::var("DISCORD_API_BASE")
            .ok()
            .filter(|s| !s.trim().is_empty())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn token_never_prints() {
        let t = Token::new("Bot abc.def.ghi\n").unwrap();
        assert_eq!(t.expose(), "abc.def.ghi");
        assert_eq!(format!("{t} {t:?}"), "*** ***");
        let cfg = BotConfig {
            token: t,
            settings: Settings::default(),
            api_base: None,
        };
        assert!(!format!("{cfg:?}").contains("abc"));
        assert!(Token::new("  \n").is_err());
    }

    #[test]
    fn settings_from_toml() {
        let s = Settings::parse(
            "support_channels = [123, 456]\ndefault_language = \"fr\"\n\
             delete_uploads_with_secrets = true\ndatabase = \"/tmp/x.sqlite\"\ndev_guild = 9\n",
        )
        .unwrap();
        assert!(s.support_channels.contains(&456));
        assert_eq!(s.default_language, Lang::Fr);
        assert!(s.delete_uploads_with_secrets && s.auto_check_attachments);
        assert_eq!(s.dev_guild, Some(9));
        assert!(
            Settings::parse("support_channel = [1]").is_err(),
            "typos are refused"
        );
        assert!(Settings::parse("default_language = \"de\"").is_err());
    }

    #[test]
    fn shard_ranges() {
        let s = Shards::parse("0-3", 8).unwrap();
        assert_eq!((s.first, s.last, s.count), (0, 3, 8));
        assert_eq!(s.serenity_range(), 0..3, "serenity's end is inclusive");
        assert_eq!(Shards::parse("5", 8).unwrap().serenity_range(), 5..5);
        assert_eq!(Shards::single().serenity_range(), 0..0);
        assert!(Shards::parse("4-9", 8).is_err());
        assert!(Shards::parse("3-1", 8).is_err());
        assert!(Shards::parse("x", 8).is_err());
    }
}
