//! The bot's SQLite store: saved reply languages, "helpful / not helpful" votes, and the
//! questions kbbot could not answer, so KB authors see what to write next.
//!
//! Owns the schema (migrated on open through `PRAGMA user_version` and [`MIGRATIONS`]) and
//! the queries `kbbot report` prints. Must not store attachment contents or secrets: callers
//! hand it pastes already stripped of their variable parts, never file bytes.

use std::path::Path;
use std::sync::Mutex;
use std::time::{SystemTime, UNIX_EPOCH};

use kbbot_engine::Lang;
use rusqlite::{params, Connection, OptionalExtension};

/// What can go wrong with the store. The path is named; no row contents are.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The database file cannot be opened or created.
    #[error("cannot open database {path}: {source}")]
    Open {
        path: String,
        #[source]
        source: rusqlite::Error,
    },
    /// The file was written by a newer kbbot.
    #[error("the database has schema version {found}, newer than this kbbot knows ({known})")]
    TooNew { found: usize, known: usize },
    /// A thread panicked while holding the connection.
    #[error("database lock poisoned")]
    Poisoned,
    /// Any query failed.
    #[error(transparent)]
    Sql(#[from] rusqlite::Error),
}

/// The result of every store call.
pub type Result<T, E = StoreError> = std::result::Result<T, E>;

/// The schema, one step per entry; step `n` brings `user_version` from `n` to `n + 1`.
/// Append only: a released step never changes.
const MIGRATIONS: &[&str] = &[
    // 1: preferences, votes, unanswered questions.
    "CREATE TABLE user_lang (
         user_id INTEGER PRIMARY KEY,
         lang TEXT NOT NULL,
         updated_at INTEGER NOT NULL
     );
     CREATE TABLE feedback (
         message_id INTEGER NOT NULL,
         user_id INTEGER NOT NULL,
         article_id TEXT NOT NULL,
         lang TEXT NOT NULL,
         helpful INTEGER NOT NULL,
         at INTEGER NOT NULL,
         PRIMARY KEY (message_id, user_id, article_id)
     );
     CREATE TABLE unanswered (
         id INTEGER PRIMARY KEY,
         paste TEXT NOT NULL,
         lang TEXT NOT NULL,
         source TEXT NOT NULL,
         at INTEGER NOT NULL
     );
     CREATE INDEX unanswered_lang ON unanswered (lang, paste);",
];

/// Longest paste kept, in characters: enough to recognise the question.
const PASTE_KEEP: usize = 500;

/// One "helpful / not helpful" vote.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Vote {
    pub message_id: u64,
    pub user_id: u64,
    pub article_id: String,
    pub lang: Lang,
    pub helpful: bool,
}

/// A row of the report: a paste or an article, how often, in which language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tally {
    pub lang: Lang,
    pub key: String,
    pub count: u64,
    /// For articles: the helpful votes beside the `count` of unhelpful ones.
    pub helpful: u64,
}

/// The SQLite connection behind a mutex; every call is short.
pub struct Store {
    conn: Mutex<Connection>,
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store").finish_non_exhaustive()
    }
}

impl Store {
    /// Opens (creating) the database at `path` and migrates it.
    pub fn open(path: &Path) -> Result<Store> {
        let conn = Connection::open(path).map_err(|source| StoreError::Open {
            path: path.display().to_string(),
            source,
        })?;
        Store::init(conn)
    }

    /// An in-memory database, for tests.
    #[allow(dead_code)]
    pub fn in_memory() -> Result<Store> {
        Store::init(Connection::open_in_memory()?)
    }

    fn init(mut conn: Connection) -> Result<Store> {
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        // WAL lets `kbbot report` read while the bot writes; ignored for in-memory databases.
        let _: String = conn.query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))?;
        migrate(&mut conn)?;
        Ok(Store {
            conn: Mutex::new(conn),
        })
    }

    fn with<T>(&self, f: impl FnOnce(&Connection) -> rusqlite::Result<T>) -> Result<T> {
        let conn = self.conn.lock().map_err(|_| StoreError::Poisoned)?;
        Ok(f(&conn)?)
    }

    /// The language a user chose with `/language`.
    pub fn user_lang(&self, user_id: u64) -> Result<Option<Lang>> {
        let code: Option<String> = self.with(|c| {
            c.query_row(
                "SELECT lang FROM user_lang WHERE user_id = ?1",
                [user_id as i64],
                |r| r.get(0),
            )
            .optional()
        })?;
        Ok(code.as_deref().and_then(Lang::from_tag))
    }

    /// Saves (or with `None`, forgets) a user's reply language.
    pub fn set_user_lang(&self, user_id: u64, lang: Option<Lang>) -> Result<()> {
        self.with(|c| match lang {
            Some(l) => c.execute(
                "INSERT INTO user_lang (user_id, lang, updated_at) VALUES (?1, ?2, ?3)
                 ON CONFLICT (user_id) DO UPDATE SET lang = ?2, updated_at = ?3",
                params![user_id as i64, l.code(), now()],
            ),
            None => c.execute("DELETE FROM user_lang WHERE user_id = ?1", [user_id as i64]),
        })?;
        Ok(())
    }

    /// Records a vote; a second click by the same user on the same answer replaces the first.
    pub fn vote(&self, v: &Vote) -> Result<()> {
        self.with(|c| {
            c.execute(
                "INSERT INTO feedback (message_id, user_id, article_id, lang, helpful, at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)
                 ON CONFLICT (message_id, user_id, article_id)
                 DO UPDATE SET helpful = ?5, lang = ?4, at = ?6",
                params![
                    v.message_id as i64,
                    v.user_id as i64,
                    v.article_id,
                    v.lang.code(),
                    v.helpful,
                    now()
                ],
            )
        })?;
        Ok(())
    }

    /// Records a question kbbot could not answer. `paste` must already be stripped of its
    /// variable parts (ids, addresses, times); it is cut to a few hundred characters.
    pub fn unanswered(&self, paste: &str, lang: Lang, source: &str) -> Result<()> {
        let paste: String = paste.trim().chars().take(PASTE_KEEP).collect();
        if paste.is_empty() {
            return Ok(());
        }
        self.with(|c| {
            c.execute(
                "INSERT INTO unanswered (paste, lang, source, at) VALUES (?1, ?2, ?3, ?4)",
                params![paste, lang.code(), source, now()],
            )
        })?;
        Ok(())
    }

    /// The most frequent unanswered pastes, `limit` per language.
    pub fn top_unanswered(&self, limit: usize) -> Result<Vec<Tally>> {
        self.tallies(
            "SELECT lang, paste, COUNT(*) AS n, 0 FROM unanswered
             GROUP BY lang, paste ORDER BY lang, n DESC, paste",
            limit,
        )
    }

    /// Articles with at least one "not helpful" vote, most criticised first, per language.
    pub fn unhelpful_articles(&self, limit: usize) -> Result<Vec<Tally>> {
        self.tallies(
            "SELECT lang, article_id, SUM(helpful = 0) AS bad, SUM(helpful = 1) FROM feedback
             GROUP BY lang, article_id HAVING bad > 0 ORDER BY lang, bad DESC, article_id",
            limit,
        )
    }

    /// All votes, oldest first (tests and audits).
    #[allow(dead_code)]
    pub fn votes(&self) -> Result<Vec<Vote>> {
        self.with(|c| {
            let mut st = c.prepare(
                "SELECT message_id, user_id, article_id, lang, helpful FROM feedback ORDER BY at",
            )?;
            let rows = st.query_map([], |r| {
                let lang: String = r.get(3)?;
                Ok(Vote {
                    message_id: r.get::<_, i64>(0)? as u64,
                    user_id: r.get::<_, i64>(1)? as u64,
                    article_id: r.get(2)?,
                    lang: Lang::from_tag(&lang).unwrap_or(Lang::En),
                    helpful: r.get(4)?,
                })
            })?;
            rows.collect()
        })
    }

    fn tallies(&self, sql: &str, limit: usize) -> Result<Vec<Tally>> {
        let all: Vec<Tally> = self.with(|c| {
            let mut st = c.prepare(sql)?;
            let rows = st.query_map([], |r| {
                let lang: String = r.get(0)?;
                Ok(Tally {
                    lang: Lang::from_tag(&lang).unwrap_or(Lang::En),
                    key: r.get(1)?,
                    count: r.get::<_, i64>(2)?.max(0) as u64,
                    helpful: r.get::<_, i64>(3)?.max(0) as u64,
                })
            })?;
            rows.collect()
        })?;
        let mut out = Vec::new();
        for lang in Lang::ALL {
            out.extend(all.iter().filter(|t| t.lang == lang).take(limit).cloned());
        }
        Ok(out)
    }
}

fn migrate(conn: &mut Connection) -> Result<()> {
    let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    let version = usize::try_from(version).unwrap_or(0);
    if version > MIGRATIONS.len() {
        return Err(StoreError::TooNew {
            found: version,
            known: MIGRATIONS.len(),
        });
    }
    for (i, step) in MIGRATIONS.iter().enumerate().skip(version) {
        let tx = conn.transaction()?;
        tx.execute_batch(step)?;
        tx.pragma_update(None, "user_version", (i + 1) as i64)?;
        tx.commit()?;
    }
    Ok(())
}

fn now() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migrates_once_and_reopens() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("kb.sqlite");
        {
            let s = Store::open(&path).unwrap();
            s.set_user_lang(7, Some(Lang::Sv)).unwrap();
        }
        let s = Store::open(&path).unwrap();
        assert_eq!(s.user_lang(7).unwrap(), Some(Lang::Sv));
        s.set_user_lang(7, None).unwrap();
        assert_eq!(s.user_lang(7).unwrap(), None);
        let v: i64 = s
            .with(|c| c.query_row("PRAGMA user_version", [], |r| r.get(0)))
            .unwrap();
        assert_eq!(v as usize, MIGRATIONS.len());
    }

    #[test]
    fn votes_replace_and_report_per_language() {
        let s = Store::in_memory().unwrap();
        let mut v = Vote {
            message_id: 1,
            user_id: 2,
            article_id: "KA-1".into(),
            lang: Lang::Fr,
            helpful: true,
        };
        s.vote(&v).unwrap();
        v.helpful = false;
        s.vote(&v).unwrap();
        assert_eq!(
            s.votes().unwrap().len(),
            1,
            "a second click replaces the first"
        );
        let bad = s.unhelpful_articles(10).unwrap();
        assert_eq!(bad.len(), 1);
        assert_eq!(
            (bad[0].lang, bad[0].key.as_str(), bad[0].count),
            (Lang::Fr, "KA-1", 1)
        );

        for _ in 0..3 {
            s.unanswered("quota error on <id>", Lang::Nl, "ask")
                .unwrap();
        }
        s.unanswered("other", Lang::Nl, "ask").unwrap();
        s.unanswered("   ", Lang::Nl, "ask").unwrap();
        let top = s.top_unanswered(1).unwrap();
        assert_eq!(top.len(), 1);
        assert_eq!(
            (top[0].key.as_str(), top[0].count),
            ("quota error on <id>", 3)
        );
    }
}
