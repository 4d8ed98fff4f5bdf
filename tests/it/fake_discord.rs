//! A fake Discord on 127.0.0.1 for the bot's end-to-end tests: REST on axum, the gateway on
//! tokio-tungstenite (the version serenity uses), each on its own port.
//!
//! Every request and gateway frame is recorded with the time it arrived; tests wait on the
//! log with a 10 s timeout that dumps it on failure. Every fixture is parsed with serenity's
//! own types before it is sent, so a fixture serenity would drop fails loudly here.

#![allow(dead_code)]

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::body::Bytes;
use axum::extract::State;
use axum::http::header::CONTENT_TYPE;
use axum::http::{HeaderMap, Method, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use futures_util::{SinkExt, StreamExt};
use poise::serenity_prelude as serenity;
use serde_json::{json, Value};
use tokio::net::TcpListener;
use tokio::sync::{mpsc, Notify};
use tokio_tungstenite::tungstenite::Message as WsMessage;

mod fixtures;
mod multipart;
use fixtures::ready_json;
pub use fixtures::{attachment, bot_user, button, message_json, slash, user_message};
use multipart::multipart_json;

pub const APP_ID: &str = "900000000000000001";
pub const BOT_ID: &str = "900000000000000002";
pub const GUILD_ID: &str = "800000000000000001";
pub const WAIT: Duration = Duration::from_secs(10);

/// One thing the fake saw or did.
#[derive(Clone, Debug)]
pub enum Seen {
    Rest {
        method: String,
        path: String,
        body: Value,
        status: u16,
        at: Instant,
    },
    Gateway {
        op: u64,
        d: Value,
        at: Instant,
    },
    Dispatched {
        t: String,
        id: String,
        at: Instant,
    },
    Connected {
        at: Instant,
    },
}

impl Seen {
    pub fn at(&self) -> Instant {
        match self {
            Seen::Rest { at, .. }
            | Seen::Gateway { at, .. }
            | Seen::Dispatched { at, .. }
            | Seen::Connected { at } => *at,
        }
    }

    /// The JSON body of a REST request (Null otherwise).
    pub fn body(&self) -> &Value {
        match self {
            Seen::Rest { body, .. } => body,
            Seen::Gateway { d, .. } => d,
            _ => &Value::Null,
        }
    }

    pub fn is_rest(&self, m: &str, prefix: &str) -> bool {
        matches!(self, Seen::Rest { method, path, .. } if method == m && path.starts_with(prefix))
    }
}

enum Control {
    Drop,
}

/// A file on the fake CDN: its bytes and how long the fake waits before sending them.
type Served = (Vec<u8>, Duration);

#[derive(Clone)]
struct Shared {
    log: Arc<Mutex<Vec<Seen>>>,
    changed: Arc<Notify>,
    files: Arc<Mutex<HashMap<String, Served>>>,
    gateway_url: String,
    next_id: Arc<AtomicU64>,
}

impl Shared {
    fn record(&self, s: Seen) {
        if let Ok(mut log) = self.log.lock() {
            log.push(s);
        }
        self.changed.notify_waiters();
    }
}

/// The running fake.
pub struct Fake {
    /// `http://127.0.0.1:PORT`: give it to the bot as its REST base.
    pub base: String,
    shared: Shared,
    dispatch_tx: mpsc::UnboundedSender<(String, Value)>,
    control_tx: mpsc::UnboundedSender<Control>,
    seq: Arc<AtomicU64>,
}

impl Fake {
    pub async fn start() -> Fake {
        let rest = TcpListener::bind("127.0.0.1:0").await.expect("bind REST");
        let gw = TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind gateway");
        let base = format!("http://{}", rest.local_addr().unwrap());
        let shared = Shared {
            log: Arc::default(),
            changed: Arc::new(Notify::new()),
            files: Arc::default(),
            gateway_url: format!("ws://{}", gw.local_addr().unwrap()),
            next_id: Arc::new(AtomicU64::new(700_000_000_000_000_000)),
        };
        let app = axum::Router::new()
            .fallback(rest_handler)
            .with_state(shared.clone());
        tokio::spawn(async move {
            let _ = axum::serve(rest, app).await;
        });
        let (dispatch_tx, dispatch_rx) = mpsc::unbounded_channel();
        let (control_tx, control_rx) = mpsc::unbounded_channel();
        let seq = Arc::new(AtomicU64::new(1));
        tokio::spawn(gateway(
            gw,
            shared.clone(),
            Arc::new(tokio::sync::Mutex::new((dispatch_rx, control_rx))),
            seq.clone(),
        ));
        Fake {
            base,
            shared,
            dispatch_tx,
            control_tx,
            seq,
        }
    }

    /// Serves `bytes` at `/cdn/{name}`; returns the full URL.
    pub fn serve_file(&self, name: &str, bytes: &[u8]) -> String {
        self.serve_file_slowly(name, bytes, Duration::ZERO)
    }

    /// Serves `bytes` at `/cdn/{name}` after `delay`, as a slow CDN would.
    pub fn serve_file_slowly(&self, name: &str, bytes: &[u8], delay: Duration) -> String {
        self.shared
            .files
            .lock()
            .unwrap()
            .insert(format!("/cdn/{name}"), (bytes.to_vec(), delay));
        format!("{}/cdn/{name}", self.base)
    }

    /// Validates `d` with serenity's types, then sends it as a dispatch on the gateway.
    pub fn dispatch(&self, t: &str, d: Value) {
        validate_with_serenity(t, &d);
        let id = d["id"].as_str().unwrap_or_default().to_string();
        self.shared.record(Seen::Dispatched {
            t: t.to_string(),
            id,
            at: Instant::now(),
        });
        self.dispatch_tx
            .send((t.to_string(), d))
            .expect("gateway alive");
    }

    /// Closes the current gateway connection without a close frame, as a network drop does.
    pub fn drop_gateway(&self) {
        let _ = self.control_tx.send(Control::Drop);
    }

    /// A copy of everything seen so far.
    pub fn log(&self) -> Vec<Seen> {
        self.shared.log.lock().unwrap().clone()
    }

    /// Waits (10 s at most) for the first entry matching `pred`; panics with the log if none.
    pub async fn wait_for(&self, what: &str, pred: impl Fn(&Seen) -> bool) -> Seen {
        self.wait_nth(what, 1, pred).await
    }

    /// Waits for the `n`th entry matching `pred` (1-based).
    pub async fn wait_nth(&self, what: &str, n: usize, pred: impl Fn(&Seen) -> bool) -> Seen {
        let deadline = tokio::time::Instant::now() + WAIT;
        loop {
            let notified = self.shared.changed.notified();
            if let Some(s) = self.log().into_iter().filter(|s| pred(s)).nth(n - 1) {
                return s;
            }
            if tokio::time::timeout_at(deadline, notified).await.is_err() {
                self.dump();
                panic!("timed out after {WAIT:?} waiting for {what}");
            }
        }
    }

    /// Prints the log (shown when a test fails).
    pub fn dump(&self) {
        eprintln!("---- fake Discord log ----");
        for s in self.log() {
            match s {
                Seen::Rest {
                    method,
                    path,
                    body,
                    status,
                    ..
                } => eprintln!(
                    "REST {method} {path} -> {status} {}",
                    clip(&body.to_string())
                ),
                Seen::Gateway { op, d, .. } => eprintln!("GW <- op {op} {}", clip(&d.to_string())),
                Seen::Dispatched { t, id, .. } => eprintln!("GW -> {t} {id}"),
                Seen::Connected { .. } => eprintln!("GW connected"),
            }
        }
    }

    /// REST calls the fake had no route for.
    pub fn unrouted(&self) -> Vec<Seen> {
        self.log()
            .into_iter()
            .filter(|s| matches!(s, Seen::Rest { status: 404, .. }))
            .collect()
    }

    pub fn next_seq(&self) -> u64 {
        self.seq.load(Ordering::SeqCst)
    }
}

fn clip(s: &str) -> String {
    s.chars().take(400).collect()
}

fn validate_with_serenity(t: &str, d: &Value) {
    let r = match t {
        "MESSAGE_CREATE" => serde_json::from_value::<serenity::Message>(d.clone()).map(drop),
        "INTERACTION_CREATE" => {
            serde_json::from_value::<serenity::Interaction>(d.clone()).map(drop)
        }
        "READY" => serde_json::from_value::<serenity::Ready>(d.clone()).map(drop),
        _ => Ok(()),
    };
    if let Err(e) = r {
        panic!("fixture for {t} would be dropped by serenity: {e}\n{d:#}");
    }
}

async fn rest_handler(
    State(st): State<Shared>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let path = uri.path().to_string();
    let content_type = headers
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    let json_body: Value = match multipart_json(content_type, &body) {
        Some(v) => v,
        None => serde_json::from_slice(&body).unwrap_or(Value::Null),
    };
    let seg: Vec<&str> = path.trim_start_matches('/').split('/').collect();
    let m = method.as_str();
    let (status, out): (u16, Option<Value>) = match (m, seg.as_slice()) {
        ("GET", ["api", "v10", "gateway"]) => (200, Some(json!({ "url": st.gateway_url }))),
        ("GET", ["api", "v10", "gateway", "bot"]) => (
            200,
            Some(
                json!({"url": st.gateway_url, "shards": 1, "session_start_limit":
                {"total": 1000, "remaining": 1000, "reset_after": 0, "max_concurrency": 1}}),
            ),
        ),
        ("GET", ["api", "v10", "oauth2", "applications", "@me"]) => (
            200,
            Some(
                json!({"id": APP_ID, "name": "kbbot", "icon": null, "description": "",
                "bot_public": false, "bot_require_code_grant": false, "verify_key": "00",
                "owner": bot_user(), "team": null, "flags": 0}),
            ),
        ),
        ("PUT", ["api", "v10", "applications", _, "commands"])
        | ("PUT", ["api", "v10", "applications", _, "guilds", _, "commands"]) => {
            (200, Some(json!([])))
        }
        ("POST", ["api", "v10", "channels", ch, "messages"]) => {
            let id = st.next_id.fetch_add(1, Ordering::SeqCst).to_string();
            (
                200,
                Some(message_json(&id, ch, None, bot_user(), &json_body)),
            )
        }
        ("POST", ["api", "v10", "channels", ch, "messages", _, "threads"]) => {
            let id = st.next_id.fetch_add(1, Ordering::SeqCst).to_string();
            let thread = json!({"id": id, "type": 11, "guild_id": GUILD_ID, "parent_id": ch,
                "name": json_body["name"].as_str().unwrap_or("thread")});
            if let Err(e) = serde_json::from_value::<serenity::GuildChannel>(thread.clone()) {
                panic!("thread fixture would not parse: {e}");
            }
            (200, Some(thread))
        }
        ("DELETE", ["api", "v10", "channels", _, "messages", _]) => (204, None),
        ("POST", ["api", "v10", "interactions", _, _, "callback"]) => (204, None),
        ("POST", ["api", "v10", "webhooks", _, _])
        | ("PATCH", ["api", "v10", "webhooks", _, _, "messages", _]) => {
            let id = st.next_id.fetch_add(1, Ordering::SeqCst).to_string();
            (
                200,
                Some(message_json(&id, "1", None, bot_user(), &json_body)),
            )
        }
        ("GET", ["cdn", ..]) => {
            let bytes = st.files.lock().unwrap().get(&path).cloned();
            st.record(Seen::Rest {
                method: m.into(),
                path: path.clone(),
                body: Value::Null,
                status: if bytes.is_some() { 200 } else { 404 },
                at: Instant::now(),
            });
            return match bytes {
                Some((b, delay)) => {
                    tokio::time::sleep(delay).await;
                    (StatusCode::OK, b).into_response()
                }
                None => StatusCode::NOT_FOUND.into_response(),
            };
        }
        _ => (
            404,
            Some(json!({"message": format!("fake: no route {m} {path}"), "code": 0})),
        ),
    };
    st.record(Seen::Rest {
        method: m.into(),
        path,
        body: json_body,
        status,
        at: Instant::now(),
    });
    let code = StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    match out {
        Some(v) => (code, [("content-type", "application/json")], v.to_string()).into_response(),
        None => code.into_response(),
    }
}

type Queues = (
    mpsc::UnboundedReceiver<(String, Value)>,
    mpsc::UnboundedReceiver<Control>,
);

async fn gateway(
    listener: TcpListener,
    st: Shared,
    queues: Arc<tokio::sync::Mutex<Queues>>,
    seq: Arc<AtomicU64>,
) {
    loop {
        let Ok((tcp, _)) = listener.accept().await else {
            return;
        };
        let st = st.clone();
        let queues = queues.clone();
        let seq = seq.clone();
        tokio::spawn(async move {
            // One connection at a time owns the queues; a dropped one releases them.
            let mut q = queues.lock().await;
            let (dispatches, controls) = &mut *q;
            let Ok(mut ws) = tokio_tungstenite::accept_async(tcp).await else {
                return;
            };
            st.record(Seen::Connected { at: Instant::now() });
            let hello = json!({"op": 10, "d": {"heartbeat_interval": 500}});
            if ws.send(WsMessage::Text(hello.to_string())).await.is_err() {
                return;
            }
            let mut ready = false;
            loop {
                tokio::select! {
                    frame = ws.next() => {
                        let Some(Ok(frame)) = frame else { return };
                        let text = match frame {
                            WsMessage::Text(t) => t,
                            WsMessage::Binary(b) => String::from_utf8_lossy(&b).into_owned(),
                            WsMessage::Close(_) => {
                                // Complete the closing handshake, as Discord does.
                                let _ = ws.close(None).await;
                                return;
                            }
                            _ => continue,
                        };
                        let Ok(v) = serde_json::from_str::<Value>(&text) else { continue };
                        let op = v["op"].as_u64().unwrap_or(99);
                        st.record(Seen::Gateway { op, d: v["d"].clone(), at: Instant::now() });
                        let answer = match op {
                            1 => Some(json!({"op": 11})),
                            2 => {
                                let s = seq.fetch_add(1, Ordering::SeqCst);
                                let d = ready_json();
                                validate_with_serenity("READY", &d);
                                ready = true;
                                Some(json!({"op": 0, "s": s, "t": "READY", "d": d}))
                            }
                            6 => {
                                let s = seq.fetch_add(1, Ordering::SeqCst);
                                ready = true;
                                Some(json!({"op": 0, "s": s, "t": "RESUMED", "d": {}}))
                            }
                            _ => None,
                        };
                        if let Some(a) = answer {
                            if ws.send(WsMessage::Text(a.to_string())).await.is_err() {
                                return;
                            }
                        }
                    }
                    Some((t, d)) = dispatches.recv(), if ready => {
                        let s = seq.fetch_add(1, Ordering::SeqCst);
                        let f = json!({"op": 0, "s": s, "t": t, "d": d});
                        if ws.send(WsMessage::Text(f.to_string())).await.is_err() {
                            return;
                        }
                    }
                    Some(Control::Drop) = controls.recv() => {
                        // Drop the TCP stream without a close handshake.
                        return;
                    }
                }
            }
        });
    }
}
