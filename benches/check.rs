//! Criterion bench of the config checker: a realistic 60 kB serverConf.xml end to end, the
//! refusal of hostile inputs (entity bomb, 50,000-deep nesting, element flood, 5 MiB), and
//! the worst cases a file under the size cap can be (many IPs × many masks, many secrets,
//! many overrides) from 10 kB to 2 MiB: the time per byte must stay flat.
use std::fmt::Write as _;
use std::hint::black_box;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use kbbot_engine::check::{check_files, Input, Outcome};

/// A stock-style serverConf.xml of about 60 kB: every section preceded by a documentation
/// comment, a security zone tree, URL permission and relay rule lists, an IP affinity.
fn stock_like() -> String {
    let mut x = String::from("<?xml version='1.0'?>\n<serverconf>\n  <shared>\n");
    let doc = |x: &mut String, what: &str| {
        let _ = writeln!(
            x,
            "    <!-- {what}: attribute documentation as shipped in the stock file.\n         name (type, default): meaning of the setting, kept here for operators. -->"
        );
    };
    doc(&mut x, "authentication");
    x.push_str("    <authentication checkIPConsistent=\"true\" sessionTimeOutSec=\"86400\"><xtk internalSecurityZone=\"lan\"/></authentication>\n");
    doc(&mut x, "dataStore");
    x.push_str("    <dataStore hosts=\"*\" lang=\"en_US\">\n      <dataSource name=\"default\">\n        <dbcnx encrypted=\"1\" login=\"campaign:db\" password=\"\" provider=\"PostgreSQL\" server=\"db.example.com\"/>\n        <pool maxCnx=\"90\"/>\n      </dataSource>\n    </dataStore>\n");
    doc(&mut x, "dnsConfig");
    x.push_str("    <dnsConfig localDomain=\"mail.example.com\" nameServers=\"192.0.2.53, 192.0.2.54\"/>\n");
    doc(&mut x, "urlPermission");
    x.push_str("    <urlPermission action=\"deny\" debugTrace=\"false\">\n");
    for i in 0..120 {
        let _ = writeln!(x, "      <url dnsSuffix=\"api{i}.example.com\" urlRegEx=\"https://api{i}.example.com/v1/.*\"/>");
    }
    x.push_str("    </urlPermission>\n  </shared>\n");
    doc(&mut x, "mta");
    x.push_str("  <mta autoStart=\"true\" statServerAddress=\"localhost:7777\">\n    <master maxSpareServers=\"4\"/>\n    <child maxAgeSec=\"600\" maxWaitingMessages=\"1000\" maxWorkingSetMb=\"256\">\n      <smtp enableTLS=\"true\" maxSessionsPerChild=\"1000\">\n        <IPAffinity name=\"bulk\" localDomain=\"mail.example.com\">\n");
    for i in 0..16 {
        let _ = writeln!(x, "          <IP address=\"192.0.2.{}\" publicId=\"{}\" heloHost=\"mta{i}.mail.example.com\" weight=\"1\"/>", 10 + i, i + 1);
    }
    x.push_str("        </IPAffinity>\n      </smtp>\n    </child>\n  </mta>\n  <stat autoStart=\"true\" port=\"7777\"/>\n  <inMail autoStart=\"true\"/>\n");
    doc(&mut x, "securityZone");
    x.push_str("  <securityZone allowDebug=\"false\" allowHTTP=\"false\" name=\"public\">\n    <subNetwork name=\"all\" mask=\"*\" proxy=\"127.0.0.1, ::1\"/>\n    <securityZone allowDebug=\"true\" name=\"lan\">\n");
    for i in 0..40 {
        let _ = writeln!(x, "      <subNetwork name=\"lan{i}\" label=\"LAN {i}\" mask=\"10.{i}.0.0/16\" proxy=\"127.0.0.1, ::1\"/>");
    }
    x.push_str("    </securityZone>\n  </securityZone>\n  <web>\n    <relay debugRelay=\"false\" forbiddenCharsInAuthority=\"?#.@/:\" forbiddenCharsInPath=\"?#/\" modDir=\"index.html\">\n");
    while x.len() < 60 * 1024 - 200 {
        let i = x.len();
        let _ = writeln!(x, "      <url IPMask=\"\" deny=\"\" hostMask=\"\" relayHost=\"true\" relayPath=\"true\" status=\"normal\" targetUrl=\"http://localhost:8080\" timeout=\"\" urlPath=\"/path{i}/*.jsp\"/>");
    }
    x.push_str("    </relay>\n  </web>\n</serverconf>\n");
    x
}

fn bench(c: &mut Criterion) {
    let stock = stock_like();
    assert!(stock.len() >= 59 * 1024, "{}", stock.len());
    let r = check_files(&[Input {
        name: "serverConf.xml",
        bytes: stock.as_bytes(),
    }]);
    assert_ne!(r.outcome(), Outcome::Refused, "{:?}", r.findings);
    c.bench_function("check_60k_serverconf", |b| {
        b.iter(|| {
            check_files(&[Input {
                name: "serverConf.xml",
                bytes: black_box(stock.as_bytes()),
            }])
        })
    });

    let laughs = format!(
        "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n{}]>\n<lolz>&lol9;</lolz>",
        (1..10)
            .map(|i| format!(" <!ENTITY lol{i} \"{}\">\n", format!("&lol{};", if i == 1 { String::new() } else { (i - 1).to_string() }).repeat(10)))
            .collect::<String>()
    );
    let deep = format!("{}{}", "<a>".repeat(50_000), "</a>".repeat(50_000));
    let flood = format!("<serverconf>{}</serverconf>", "<b/>".repeat(500_000));
    let huge = vec![b' '; 5 * 1024 * 1024];
    let mut group = c.benchmark_group("refuse");
    for (name, bytes) in [
        ("billion_laughs", laughs.as_bytes()),
        ("deep_50000", deep.as_bytes()),
        (
            "element_flood_2MB",
            &flood.as_bytes()[..flood.len().min(2 * 1024 * 1024)],
        ),
        ("five_mib", &huge[..]),
    ] {
        let r = check_files(&[Input {
            name: "bomb.xml",
            bytes,
        }]);
        assert_eq!(r.outcome(), Outcome::Refused, "{name}: {:?}", r.findings);
        group.bench_function(name, |b| {
            b.iter(|| {
                check_files(&[Input {
                    name: "bomb.xml",
                    bytes: black_box(bytes),
                }])
            })
        });
    }
    group.finish();
}

/// Sizes of the worst cases, in bytes: 10 kB to just under the 2 MiB cap.
const SIZES: &[usize] = &[10_000, 100_000, 500_000, 2 * 1024 * 1024 - 4096];

/// One IP affinity whose IPs each include and exclude as many masks as there are IPs: the
/// shape that made `domain-without-ip` quadratic.
fn ips_by_masks(size: usize) -> String {
    // An IP line with k masks is about 24·k bytes; k IPs of k masks make 24·k² bytes.
    let k = ((size / 24) as f64).sqrt() as usize;
    let mut x = String::from("<serverconf><mta autoStart=\"true\" statServerAddress=\"localhost\"><child><smtp>\n<IPAffinity name=\"bulk\">\n");
    for i in 0..k {
        let masks: Vec<String> = (0..k)
            .map(|j| format!("d{}.example.com", (i + j) % (2 * k)))
            .collect();
        let _ = writeln!(
            x,
            "<IP address=\"192.0.{}.{}\" publicId=\"{}\" weight=\"{}\" includeDomains=\"{}\" excludeDomains=\"d{}.example.com\"/>",
            i / 250,
            i % 250,
            i + 1,
            i % 2,
            masks.join(","),
            i
        );
        if x.len() >= size {
            break;
        }
    }
    x.push_str("</IPAffinity></smtp></child></mta></serverconf>\n");
    x
}

/// Thousands of credentials (`*Pwd`, URLs with a password, connection strings): the shape
/// that made redaction replace every secret across the whole report.
fn many_secrets(size: usize) -> String {
    let mut x = String::from("<serverconf><shared>\n");
    let mut i = 0;
    while x.len() < size {
        let _ = writeln!(
            x,
            "<proxy{i} dbPwd=\"S3cret{i}x\" smtpPwd=\"{i}\" relay=\"smtp://u{i}:Pw{i}@relay.example.com\" cnx=\"Server=db;Password=Cx{i};\"/>"
        );
        i += 1;
    }
    x.push_str("</shared></serverconf>\n");
    x
}

/// A base file and an instance file setting the same attributes to other values: one
/// override per attribute. Each file is half the size.
fn many_overrides(size: usize) -> (String, String) {
    let (mut base, mut inst) = (
        String::from("<serverconf>\n"),
        String::from("<serverconf>\n"),
    );
    let mut i = 0;
    while base.len() + inst.len() < size {
        let attrs = |v: &str| -> String {
            (b'a'..=b'l')
                .map(|a| format!(" {}=\"{v}{i}\"", a as char))
                .collect()
        };
        let _ = writeln!(base, "<module{i}{}/>", attrs("x"));
        let _ = writeln!(inst, "<module{i}{}/>", attrs("y"));
        i += 1;
    }
    base.push_str("</serverconf>\n");
    inst.push_str("</serverconf>\n");
    (base, inst)
}

fn worst_cases(c: &mut Criterion) {
    let mut group = c.benchmark_group("worst_case");
    group.sample_size(10);
    for &size in SIZES {
        let (base, inst) = many_overrides(size);
        let cases: [(&str, Vec<(&str, String)>); 3] = [
            ("ips_x_masks", vec![("serverConf.xml", ips_by_masks(size))]),
            ("secrets", vec![("serverConf.xml", many_secrets(size))]),
            (
                "overrides",
                vec![("serverConf.xml", base), ("config-prod.xml", inst)],
            ),
        ];
        for (name, files) in cases {
            let inputs: Vec<Input> = files
                .iter()
                .map(|(n, x)| Input {
                    name: n,
                    bytes: x.as_bytes(),
                })
                .collect();
            let r = check_files(&inputs);
            assert_ne!(
                r.outcome(),
                Outcome::Refused,
                "{name} {size}: {:?}",
                r.findings.first()
            );
            let bytes: usize = files.iter().map(|(_, x)| x.len()).sum();
            group.throughput(Throughput::Bytes(bytes as u64));
            group.bench_with_input(BenchmarkId::new(name, bytes), &inputs, |b, inputs| {
                b.iter(|| check_files(black_box(inputs)))
            });
        }
    }
    group.finish();
}

criterion_group!(benches, bench, worst_cases);
criterion_main!(benches);
