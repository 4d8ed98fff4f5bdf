//! The numbers behind the chart, apart from any drawing: what an MX rule lets through in each
//! 5-minute slice of an hour, and how a delivery of a given size drains through it. Pure, so
//! tests read the chart's data back without looking at pixels.

use kbbot_engine::check::Throughput;

/// Slices in an hour: an hourly quota is enforced per 5 minutes.
pub const SLICES: usize = 12;
/// Minutes in one slice.
pub const SLICE_MINUTES: u32 = 5;

/// One hour of sending to one domain, slice by slice.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hour {
    /// Messages the rule allows by the end of each slice (cumulative), when it is "Shared".
    pub allowed: [u64; SLICES],
    /// The same when the rule is not "Shared" (each public IP has its own quota); `None` when
    /// there is only one IP, where the two are the same.
    pub allowed_per_ip: Option<[u64; SLICES]>,
    /// The delivery asked about, when one was.
    pub delivery: Option<Delivery>,
    /// At most this many SMTP sessions at once from the host (children × sessions).
    pub local_sessions: u64,
    /// At most this many connections the MX side accepts (paths × connections per path).
    pub mx_connections: u64,
}

/// A delivery of `volume` messages through a Shared rule, sent as fast as the quota allows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Delivery {
    /// Messages in the delivery.
    pub volume: u64,
    /// Messages sent by the end of each slice (cumulative).
    pub sent: [u64; SLICES],
    /// The slice (0-based) in which the last message leaves, when it leaves within the hour.
    pub done_in: Option<usize>,
    /// Messages still waiting at the end of the hour ("quotas met").
    pub left: u64,
}

impl Hour {
    /// The hour a throughput model gives, with a delivery of `volume` messages if given.
    pub fn of(t: &Throughput, volume: Option<u64>) -> Hour {
        let staircase = |per_slice: u64| {
            let mut steps = [0u64; SLICES];
            for (k, step) in steps.iter_mut().enumerate() {
                *step = per_slice.saturating_mul(k as u64 + 1);
            }
            steps
        };
        let allowed = staircase(t.per_slice);
        let allowed_per_ip = (t.public_ips > 1).then(|| staircase(t.per_slice_per_ip));
        let delivery = volume.map(|volume| {
            let mut sent = [0u64; SLICES];
            for (k, s) in sent.iter_mut().enumerate() {
                *s = allowed[k].min(volume);
            }
            let done_in = sent.iter().position(|&s| s == volume);
            Delivery {
                volume,
                sent,
                done_in,
                left: volume - sent[SLICES - 1],
            }
        });
        Hour {
            allowed,
            allowed_per_ip,
            delivery,
            local_sessions: t.local_sessions,
            mx_connections: t.mx_connections,
        }
    }

    /// The top of the message axis: the most the hour allows, or the delivery's size when
    /// it is within twice that (a delivery of a billion would flatten the steps to nothing;
    /// its backlog is said in words instead); at least 1.
    pub fn y_max(&self) -> u64 {
        let last = |s: &[u64; SLICES]| s[SLICES - 1];
        let hour = last(&self.allowed)
            .max(self.allowed_per_ip.as_ref().map_or(0, last))
            .max(1);
        match &self.delivery {
            Some(d) if d.volume <= hour.saturating_mul(2) => hour.max(d.volume),
            _ => hour,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use kbbot_engine::check::{check_files_with, Assumptions, Input, Options};

    fn throughput(xml: &str) -> Throughput {
        let opts = Options {
            assumptions: Assumptions::default(),
            ..Options::default()
        };
        let report = check_files_with(
            &[Input {
                name: "config-prod.xml",
                bytes: xml.as_bytes(),
            }],
            &opts,
        );
        report.throughput.expect("an mta gives a model")
    }

    const TWO_IPS: &str = r#"<serverconf><mta autoStart="true" statServerAddress="localhost">
        <child><smtp><IPAffinity name="default">
          <IP address="10.0.0.1" publicId="1"/><IP address="10.0.0.2" publicId="2"/>
        </IPAffinity></smtp></child></mta></serverconf>"#;

    #[test]
    fn the_hour_is_twelve_equal_steps_of_the_hourly_quota() {
        let hour = Hour::of(&throughput(TWO_IPS), None);
        // 10,000 an hour is 833 a slice (rounded down), so the hour ends at 9,996.
        assert_eq!(hour.allowed[0], 833);
        assert_eq!(hour.allowed[SLICES - 1], 9_996);
        assert!(hour.allowed.windows(2).all(|w| w[1] - w[0] == 833));
        // Two IPs: without Shared each has the quota.
        assert_eq!(hour.allowed_per_ip.map(|a| a[0]), Some(1_666));
        assert!(hour.delivery.is_none());
    }

    #[test]
    fn a_delivery_drains_slice_by_slice_and_finishes_where_the_quota_reaches_it() {
        let t = throughput(TWO_IPS);
        let d = Hour::of(&t, Some(3_000)).delivery.expect("a delivery");
        // 833 a slice: 2,499 after three slices, the last 501 leave in the fourth.
        assert_eq!(d.sent[..4], [833, 1_666, 2_499, 3_000]);
        assert_eq!((d.done_in, d.left), (Some(3), 0));
        let big = Hour::of(&t, Some(50_000)).delivery.expect("a delivery");
        assert_eq!((big.done_in, big.left), (None, 50_000 - 9_996));
        // Past twice the hour's allowance the axis keeps to the hour.
        assert_eq!(Hour::of(&t, Some(30_000)).y_max(), 30_000);
        assert_eq!(Hour::of(&t, Some(50_000)).y_max(), 19_992);
    }
}
