# The config checker: report labels, `kbbot rules` / `kbbot explain`, and one message per rule.
# A rule message `rule-<id>` is the finding text; .title says what the rule looks for,
# .why why it matters for "quotas met" / "dynamic flow control", .fix what to change.

check-severity-info = info
check-severity-warning = warning
check-severity-security = security
check-severity-error = error
check-category-input = input
check-category-structure = structure
check-category-mta = MTA and statistics server
check-category-ip-affinity = IP affinity
check-category-dns = DNS
check-category-bounce = bounces
check-category-security = security
check-category-merge = effective config
check-label-why = why
check-label-fix = fix
check-label-articles = related articles
check-summary = { $files } file(s): { $errors } error(s), { $warnings } warning(s), { $security } security finding(s), { $infos } note(s).
check-clean = Nothing above info level: this configuration has no known quota or flow-control problem.
check-partial = Partial check: some input is a fragment or was refused, so settings that are absent were not reported as missing.
check-roles = Merged as: { $files }.
check-role = { $file } ({ $instance ->
        [yes] instance file
       *[no] base file
    }{ $basis ->
        [given] , as asked
        [inferred] , being the one other file beside serverConf.xml
        [default] , as its name is not config-<instance>.xml (--instance FILE reads it as one)
       *[name] {""}
    })
check-refused = Refused: { $files }. Nothing in a refused file was read as configuration.
check-effective-default = documented default
check-cli-no-files = give at least one file, or - for standard input
check-no-chart = No chart: no checked config has an mta that MX rules govern (none, the Enhanced MTA, a relay, or an mta that will not start).
rules-heading = { $count } rules. Run `kbbot explain <id>` for details.
explain-unknown = No rule has the id "{ $id }". Run `kbbot rules` for the list.
explain-renamed = "{ $old }" is the former id of "{ $new }".
explain-retired = "{ $old }" is no longer checked.
explain-severity = Severity
explain-category = Category
explain-why = Why it matters
explain-fix = How to fix it
explain-bad = Problematic
explain-good = Corrected
explain-articles = Related articles
explain-none = none

## Input robustness

rule-input-too-large = { $known ->
        [yes] the file is { $size } KiB; files above { $limit } KiB are refused unread
       *[no] the file is larger than { $limit } KiB, so it was refused without being read in full
    }
    .title = File too large to be a serverConf
    .why = A complete stock serverConf.xml with all its comments is about 60 kB. Anything megabytes long is not a configuration and would only cost memory and time.
    .fix = Attach only serverConf.xml and config-<instance>.xml, or paste the section you are asking about.
rule-input-not-xml = this does not look like an XML file (binary data, or no element at all)
    .title = Not XML
    .why = The checker can only read the XML configuration files of Campaign; anything else gives no useful answer.
    .fix = Attach the raw serverConf.xml or config-<instance>.xml from the conf folder of the installation.
rule-input-doctype-or-entity = a DOCTYPE or entity declaration was found; the file was refused without expanding anything
    .title = DTD or entity declaration
    .why = Campaign configuration files never declare a DTD. Declarations are how XML bombs and external-entity attacks work, so they are refused outright, never expanded and never fetched.
    .fix = Remove the <!DOCTYPE ...> block and any <!ENTITY ...> lines, then attach the file again.
rule-input-too-deep = { $what ->
        [elements] more than { $limit } elements: refused before parsing
        [attributes] an element has more than { $limit } attributes: refused before parsing
        [attribute] an attribute value is longer than { $limit } bytes: refused before parsing
       *[depth] elements are nested more than { $limit } levels deep: refused before parsing
    }
    .title = Nesting, size of values or element count beyond limits
    .why = Real configuration files nest about seven levels and hold a few hundred elements. Far more is a crafted file meant to exhaust the reader.
    .fix = Check that this is really a Campaign configuration file; if it is, attach only the sections you are asking about.
rule-input-encoding = { $problem ->
        [declared] read as { $encoding }, the encoding its XML declaration names
        [converted] decoded from { $encoding }
        [unsupported] the declared encoding { $encoding } is not supported
       *[mismatch] the bytes are not valid { $encoding }; read as windows-1252 instead, check accented values
    }
    .title = Character encoding
    .why = { $problem ->
        [declared] The file says how it is encoded and its bytes agree, so Campaign reads its accents as you see them; only tools that assume UTF-8 may not.
       *[other] A file saved in another encoding than it declares shows garbled accents in values such as localDomain or labels, and Campaign may read those values wrongly too.
    }
    .fix = { $problem ->
        [declared] Nothing to change. Saving configuration files as UTF-8 spares surprises with other tools.
       *[other] Save the file as UTF-8 (or make the encoding in the <?xml ...?> declaration match how the file is saved).
    }
rule-input-smart-quotes = an attribute value is wrapped in typographic quotes (“ ” or ‘ ’), so the file is not valid XML
    .title = Typographic quotes around attribute values
    .why = Snippets copied from web pages or word processors often carry curly quotes. nlserver cannot load such a file, so the whole configuration is ignored.
    .fix = Replace the curly quotes with straight ones (" or ').
rule-input-not-well-formed = { $kind ->
        [unclosed] the element <{ $expected }> is never closed
        [mismatched] found </{ $found }> where </{ $expected }> was expected
        [stray-close] found </{ $found }> with no matching start tag
        [lt-in-value] an attribute value contains a < character (a placeholder such as <domain> left in?)
        [entity] an & is not followed by a known entity such as &amp;
        [duplicate-attribute] the attribute { $expected } appears twice on one element
        [too-many-nodes] too many nodes
       *[syntax] the XML syntax is broken here
    }
    .title = XML not well-formed
    .why = nlserver refuses a file it cannot parse, and then the MTA and the other modules run with whatever the other file says, or not at all.
    .fix = Correct the XML at the line shown (close each element, or end empty ones with />), then check the file again.
rule-input-html-escaped = the XML is HTML-escaped (&lt;mta ...&gt;): it was copied from a web page
    .title = HTML-escaped XML
    .why = Escaped text is not configuration: nothing in it can be checked.
    .fix = Attach the raw file from the server instead of a copy from a web page.
rule-input-wrong-root = the root element is <{ $root }>, not <serverconf>: this is not a Campaign server configuration
    .title = Not a serverConf file
    .why = Other XML files (Tomcat server.xml, schemas, packages) have nothing to do with quotas, and checking them would only produce misleading findings.
    .fix = Attach conf/serverConf.xml or conf/config-<instance>.xml.
rule-input-fragment-no-root = a fragment ({ $count } top-level element(s), no <serverconf> root): checked as a partial configuration
    .title = Fragment without a root
    .why = A fragment is fine to check, but settings it does not contain may well be set elsewhere, so nothing is reported as missing.
    .fix = Attach the whole files for a complete check.
rule-input-unreadable = { $reason ->
        [not-found] the file does not exist
        [permission-denied] the file could not be opened: permission denied
        [is-a-directory] this is a folder, not a file
       *[other] the file could not be read
    }
    .title = File could not be read
    .why = Nothing in it could be checked; the other files were checked without it, so findings that depend on it may be missing.
    .fix = Check the path and the file's permissions, then run the check again with every file.

## Structure

rule-module-inside-shared = <{ $element }> is inside <shared>, but modules sit directly under <serverconf>
    .title = Module section inside <shared>
    .why = The module probably does not read a section placed there and runs with its defaults; for the mta that means an empty statServerAddress, so it does not start.
    .fix = Move the element out of <shared>, directly under <serverconf>.
rule-shared-node-outside-shared = <{ $element }> sits directly under <serverconf>, but it belongs inside <shared>
    .title = Shared section outside <shared>
    .why = A shared setting in the wrong place is probably ignored: dnsConfig's localDomain, for instance, would no longer set the HELO domain.
    .fix = Move the element inside <shared>.
rule-ip-outside-ipaffinity = <{ $element }> is not where the MTA looks for it (mta/child/smtp/IPAffinity/IP)
    .title = IP or IPAffinity in the wrong place
    .why = IP addresses outside an affinity cannot be selected, so fewer sending paths exist and quotas are reached sooner.
    .fix = Nest each <IP> in an <IPAffinity>, itself inside <mta><child><smtp>.
rule-underscore-disabled-attribute = { $attribute } on <{ $element }> starts with an underscore, so it is not active
    .title = Underscore-prefixed (disabled) attribute
    .why = Migration guides rename autoStart to _autoStart to keep services stopped. Forgotten afterwards, the module never starts: no mta or stat server means nothing is sent.
    .fix = Remove the underscore once the migration is over (e.g. _autoStart becomes autoStart).
rule-unknown-attribute-typo = { $attribute } is not a documented attribute of <{ $element }>; did you mean { $suggestion }?
    .title = Misspelt attribute
    .why = XML attribute names are case-sensitive. A misspelt name is silently ignored and the default applies instead.
    .fix = Use the documented spelling.
rule-element-name-case = <{ $element }> should be spelled <{ $suggestion }>
    .title = Element name with the wrong case
    .why = Element names are case-sensitive: a wrongly cased section is not read.
    .fix = Use the documented spelling of the element name.
rule-commented-out-config = { $count } comment(s) contain XML elements; commented-out settings are not active
    .title = Commented-out configuration
    .why = The stock file documents many settings inside comments, and the IPAffinity example is commented out. None of that is in effect.
    .fix = If a setting in a comment should apply, move it out of the comment.
rule-duplicate-element = <{ $element }> appears a second time here; the first one is at line { $first_line }
    .title = Section given twice
    .why = Only one such section is expected. Which copy the server reads is not documented; the checker merges both, the later value winning, so a setting of the other copy may not be the one in effect.
    .fix = Merge the two blocks into one and remove the other.

## MTA and statistics server

rule-statServerAddress-missing = the effective mta statServerAddress is empty
    .title = statServerAddress missing
    .why = Without a statistics server address the mta does not start; with no quota server nothing can be sent. Stock serverConf.xml leaves it empty and config-<instance>.xml usually sets it.
    .fix = Set <mta statServerAddress="host[:port]"/> in config-<instance>.xml (localhost when the stat server runs on the same machine; port 7777 by default).
rule-statServerAddress-invalid = statServerAddress "{ $value }" is not of the form host[:port]
    .title = statServerAddress malformed
    .why = The MTA cannot reach the quota server, gets no sending authorisations, and messages wait.
    .fix = Write a host name or IP address, optionally followed by :port (1 to 65535), with no scheme, path or spaces.
rule-statServerAddress-port-mismatch = the mta expects the local stat server on port { $mta_port }, but stat listens on { $stat_port }
    .title = Stat server port mismatch
    .why = Quota requests go to a port where nobody listens, so the MTA gets no authorisation to send.
    .fix = Use the same port in statServerAddress and <stat port="..."/> (7777 unless you changed it), and allow it over UDP.
rule-stat-server-not-running-locally = statServerAddress points at this machine, but the stat module is not started here
    .title = Local stat server not started
    .why = Nobody answers the MTA's quota requests, so nothing is authorised and messages wait.
    .fix = Add <stat autoStart="true"/> to config-<instance>.xml, or point statServerAddress at the machine that runs the stat server.
rule-stat-multiple-servers = { $count } instance files each start a stat server
    .title = Several statistics servers
    .why = Instances sharing public IPs must share one statistics server. Two of them each hand out the full quota, ISPs see more traffic than the rules allow, and throttling follows.
    .fix = Keep stat autoStart on one instance and point the other MTAs at it.
rule-useMomentum-enhanced-mta = useMomentum is true: this instance sends email through the Enhanced MTA
    .title = Enhanced MTA in use
    .why = With the Enhanced MTA the MX rules of the database are not used for email: throughput is set from reputation and live feedback, so MX-rule tuning advice does not apply.
    .fix = Nothing to change; for email throughput questions, see the Enhanced MTA article.
rule-verifyMode-enabled = verifyMode is on: messages are processed but never physically sent
    .title = verifyMode enabled
    .why = In verification mode nothing leaves the MTA, whatever the quotas say.
    .fix = Set verifyMode="false" (or remove it) on production instances.
rule-mta-autostart-off = the mta is not started automatically on this instance
    .title = mta not started
    .why = Without autoStart the mta does not run, so nothing is sent from this host. That is normal on a mid-sourcing marketing instance, and a mistake elsewhere.
    .fix = Set <mta autoStart="true" .../> in config-<instance>.xml on the sending instance.
rule-enableTLS-missing-or-false = { $set ->
        [yes] enableTLS is false
       *[no] enableTLS is not set, so the default (false) applies
    }
    .title = enableTLS off
    .why = MX rules whose TLS option is left on the default inherit this value, so mail goes out unencrypted to those domains. TLS plays a part in deliverability, but turning it on for everyone can lower throughput.
    .fix = Prefer TLS per MX rule ("Opportunistic") for the domains that need it; set enableTLS="true" globally only after weighing the throughput cost.
rule-statServerTLSSupport-disabled = statServerTLSSupport is false: TLS settings of the MX rules are ignored
    .title = Per-MX TLS ignored
    .why = The TLS choice of each MX rule only applies when the stat server supports it.
    .fix = Remove statServerTLSSupport="false" (the default is true) if you use TLS in MX rules.
rule-boolean-value-invalid = { $attribute }="{ $value }" is not a boolean (use true, false, 1 or 0)
    .title = Invalid boolean value
    .why = An unrecognised value may be read as false: TLS stays off, or a module does not start.
    .fix = Write true or false.
rule-number-value-invalid = { $problem ->
        [range] { $attribute }="{ $value }" is outside what a { $type } holds ({ $min } to { $max })
       *[syntax] { $attribute }="{ $value }" is not a whole number
    }
    .title = Number attribute that is not a whole number
    .why = Campaign reads this attribute as a whole number. How it treats a decimal, an exponent, a hexadecimal, an empty or an oversized value is not documented, so the quota figures leave out what depends on it rather than assume the default.
    .fix = Write plain decimal digits, such as 4.
rule-maxSpareServers-out-of-range = maxSpareServers is { $value }
    .title = mtachild count out of range
    .why = 0 means no child process, so nothing is sent. More than about 8 (or more than the processor count) only makes children compete for the same MX quotas while using memory.
    .fix = Keep maxSpareServers between 1 and 8, and at most the number of processors.
rule-spare-servers-inconsistent = { $attribute } ({ $value }) is above maxSpareServers ({ $max })
    .title = Contradictory child pool sizing
    .why = The pool cannot keep more children than its maximum; the settings contradict each other.
    .fix = Keep minSpareServers and startSpareServers at or below maxSpareServers.
rule-maxSessionsPerChild-out-of-range = maxSessionsPerChild is { $value }
    .title = Sessions per child out of range
    .why = children × sessions per child caps the connections this host opens, whatever the MX rules allow. 0 blocks sending; very high values mostly add memory pressure.
    .fix = Keep maxSessionsPerChild near its default of 1000.
rule-child-memory-budget = { $messages } waiting messages need about { $needed } MB, above maxWorkingSetMb ({ $limit } MB)
    .title = Child memory budget too small
    .why = A child that reaches its memory ceiling stops sending; the drop in throughput is easily mistaken for quota waits. Rule of thumb: messages × 50 kB × 2.5.
    .fix = Lower maxWaitingMessages or raise maxWorkingSetMb so that the budget fits.
rule-maxAgeSec-below-slice = maxAgeSec is { $value } s, shorter than one 5-minute quota slice
    .title = maxAgeSec shorter than a quota slice
    .why = A message held back by a quota may wait almost 300 s for the next slice. Abandoned earlier, it goes back to the retry cycle, which adds load and delay.
    .fix = Keep maxAgeSec at 300 or more (the default is 600).
rule-initialDelaySec-extreme = initialDelaySec is { $value }
    .title = Extreme reconnection delay
    .why = The delay doubles after each failed connection. 0 hammers a refusing MX, which raises the error rate and triggers dynamic flow control; very long delays stall recovery.
    .fix = Keep initialDelaySec at a few seconds (the default is 4).
rule-relay-configured = all mail leaves through an SMTP relay
    .title = SMTP relay configured
    .why = Through a relay, the relay's capacity is the throughput ceiling, synchronous errors are poorly qualified, and nothing leaves while it is down. Every path becomes the relay, which skews quotas.
    .fix = Leave mta/relay address empty unless the relay is required, and size it for the whole volume.
rule-smtp-error-stats-suppressed = { $attribute }={ $value } hides SMTP error statistics
    .title = SMTP error statistics suppressed
    .why = The "SMTP errors per domain" report is where "quotas met" and flow control are diagnosed; with these settings it stays empty.
    .fix = Keep logEmailErrors="true" and the logging thresholds near their defaults.
rule-retryLostMessages-disabled = retryLostMessages is false
    .title = Lost messages not retried
    .why = Messages held by a child that crashes are lost instead of being sent again.
    .fix = Remove retryLostMessages="false" (the default is true).
rule-debugPath-or-dataLogPath-set = { $attribute } is set: every sent email is written to disk
    .title = Emails written to disk
    .why = Copies of every message cost disk space and I/O on the MTA host and hold personal data.
    .fix = Leave it empty unless you really need the archive, and then watch disk space and access rights.
rule-mta-memory-limits = { $attribute } is low ({ $value })
    .title = Low MTA memory or message limits
    .why = Low limits make processes restart often, which looks like sending stalls.
    .fix = Keep the defaults (maxMemoryMb 1024, maxMsgPerChild 5000000) unless you have a reason.

## IP affinity

rule-publicId-missing = { $has_address ->
        [no] an IP without an address has no publicId
       *[yes] the IP { $address } has no publicId
    }
    .title = IP without publicId
    .why = The statistics server counts quotas by publicId, and MX rules select IPs by it. Without one, counters and rules cannot be tied to this IP.
    .fix = Give each <IP> a unique numeric publicId.
rule-publicId-not-numeric = publicId "{ $value }" is not a number
    .title = publicId not numeric
    .why = publicId must be a number: the stat server and the MX rules' identifier ranges compare numbers.
    .fix = Use a whole number such as 1, 2, 3.
rule-helo-publicId-inconsistent = { $key } { $value } appears with { $count } different { $other } values
    .title = One IP, several HELO names or publicIds
    .why = One IP must map to exactly one HELO host with one publicId; mapping it several ways is a known cause of delivery throttling.
    .fix = Give each address one heloHost and one publicId, used everywhere it appears.
rule-ip-address-invalid = "{ $value }" is not an IP address
    .title = Invalid IP address
    .why = The MTA cannot bind a host name or a malformed address, so this IP's paths are missing.
    .fix = Write the local IPv4 or IPv6 address the MTA sends from.
rule-doc-placeholder-value = { $attribute }="{ $value }" is a placeholder copied from the documentation
    .title = Documentation placeholder left in
    .why = A placeholder stat server or address means the setting was never adapted to this installation.
    .fix = Replace it with the real value of your installation.
rule-ip-weight-invalid = weight "{ $value }" is not a positive whole number
    .title = Invalid IP weight
    .why = Weights set each IP's share of the traffic; zero or invalid weights skew or switch off an IP.
    .fix = Use whole numbers from 1 up (e.g. 5, 5, 1 gives 45 %, 45 %, 10 %).
rule-include-exclude-conflict = { $problem ->
        [both] "{ $mask }" is both included and excluded
       *[syntax] "{ $mask }" is not a domain mask (no spaces or @)
    }
    .title = includeDomains / excludeDomains conflict
    .why = Exclusion is applied after inclusion, so a domain in both lists never uses this IP: fewer paths, quotas reached sooner, or messages pending for lack of a path.
    .fix = List each domain mask in one of the two attributes only, separated by commas.
rule-domain-without-ip = no usable IP of the affinity "{ $affinity }" sends to "{ $mask }": the IPs that include it are disabled (weight 0 or no valid address) and the others exclude it
    .title = Domain without a usable IP
    .why = Deliveries to that domain find no path through this affinity: the messages stay pending until one appears.
    .fix = Give the domain a usable IP: correct the weight or the address of the IP that includes it, or take the domain out of another IP's excludeDomains.
rule-ipaffinity-empty = the affinity "{ $name }" has no IP
    .title = Empty IP affinity
    .why = Deliveries that select this affinity have no address to send from, which can stop email altogether.
    .fix = Add at least one <IP> to the affinity, or remove the affinity and its use in deliveries.
rule-ipaffinity-name-invalid = the affinity name "{ $name }" contains commas or spaces
    .title = Malformed affinity name
    .why = Affinity names are separated by semicolons; a name that does not match the one chosen in deliveries stops the mail.
    .fix = Separate several names with ; and use no spaces.
rule-ipaffinity-duplicate-name = the affinity name "{ $name }" is already used on line { $first_line }
    .title = Duplicate affinity name
    .why = Two pools with one name make the IPs a delivery will use ambiguous.
    .fix = Merge the two affinities or rename one.
rule-ipaffinity-single-ip = the affinity "{ $name }" has a single IP
    .title = Affinity with one IP
    .why = One IP means fewer paths, and MX rules that are not "Shared" grant their limits per IP: the ceiling is lower.
    .fix = Add IPs to the affinity if this traffic needs more throughput.
rule-helo-missing = the affinity "{ $name }" sets no HELO name (no heloHost, no localDomain)
    .title = No HELO domain
    .why = The MTA then announces the operating system's domain, which may not match reverse DNS: more refusals, hence dynamic flow control.
    .fix = Set heloHost on each IP, or localDomain on the affinity or in shared/dnsConfig.

## DNS

rule-nameServers-invalid = "{ $entry }" in nameServers is not an IP address
    .title = Invalid DNS server list
    .why = MX lookups fail, and messages bounce as invalid domain or unreachable.
    .fix = List DNS server IP addresses separated by commas.
rule-dns-timeouts-extreme = DNS { $attribute } is { $value }
    .title = Extreme DNS retry or timeout
    .why = Too few retries or too short a timeout make MX resolution fail; too long a timeout stalls sending.
    .fix = Keep retry near 4 and timeout near 5000 ms.

## Bounces

rule-inMail-autostart-off = the mta starts but inMail does not
    .title = Bounce processing off
    .why = Without inMail, asynchronous bounces are not processed and quarantines are not updated: invalid addresses keep being tried, the error rate grows, and flow control follows.
    .fix = Set <inMail autoStart="true"/> on the instance that processes bounces.
rule-inMail-checkInstanceName-off = inMail checkInstanceName is false
    .title = Bounces of other instances accepted
    .why = Bounces meant for another instance may be processed here and quarantine the wrong addresses.
    .fix = Keep checkInstanceName="true" (the default).

## Security

rule-secret-plaintext-db-password = a database password is in clear text in this file (value not shown)
    .title = Database password in clear
    .why = Anyone who sees the file can log into the database. The value was not echoed here.
    .fix = Change this password, then let nlserver write it encrypted (encrypted="1"). Remove credentials before sharing files.
rule-secret-internal-password = the internal account password is in this file (value not shown)
    .title = internalPassword present
    .why = The internal account has every right on every instance.
    .fix = Change it with nlserver config -internalpassword, and remove it before sharing files.
rule-secret-present = { $attribute } on <{ $element }> holds a credential (value not shown)
    .title = Credential in the file
    .why = Even encrypted values should not be posted in a chat: treat the credential as exposed.
    .fix = Change the credential if this file was shared, and blank such values before sharing.
rule-security-zone-permissive = { $problem ->
        [internal] the internal account may log on from the "{ $zone }" zone (internalSecurityZone), which covers every address
       *[flag] { $attribute } is true on the "{ $zone }" zone, which covers every address
    }
    .title = Permissive public security zone
    .why = Debug, HTTP or weak-password options on the zone that covers the Internet widen the attack surface.
    .fix = Keep these options off on the public zone; allow them only on narrow private zones.
rule-urlPermission-permissive = { $problem ->
        [ignore] urlPermission action is "ignore": outgoing URLs are not checked
       *[any-url] a URL rule allows any URL on any domain
    }
    .title = Permissive URL permissions
    .why = Scripts may then call any address.
    .fix = Use action="deny" (or "warn") with a list of the domains you really call.

rule-checkIPConsistent-off = { $problem ->
        [false] checkIPConsistent is false: a session is not bound to the client's IP address
       *[absent] checkIPConsistent is not set, so it is false: a session is not bound to the client's IP address
    }
    .title = Sessions not bound to the client IP
    .why = A session token copied to another machine keeps working there.
    .fix = Set checkIPConsistent="true" on <authentication>, unless your users reach the server through proxies whose address changes during a session.

rule-infra-disclosure = this file names { $count } internal address(es) or host name(s) of your platform (not repeated here)
    .title = Internal addresses in the file
    .why = They are not secrets, but they tell anyone reading where your database and servers are: they do not belong in a public channel.
    .fix = Before sharing the file, replace internal addresses and host names with placeholders such as 10.0.0.x or db.internal.example.

## Effective config

rule-override-conflict = <{ $element }> { $attribute } is "{ $value }" here, overriding "{ $earlier }" from { $earlier_file }:{ $earlier_line }
    .title = Value overridden by the instance file
    .why = config-<instance>.xml wins over serverConf.xml value by value: the value shown here is the one in effect.
    .fix = Nothing to fix if intended; otherwise change it in the instance file.
rule-default-applied = no file sets { $count ->
        [one] this key value, so its default applies
       *[other] these { $count } key values, so their defaults apply
    }: { $values }
    .title = Key values left at their defaults
    .why = When messages queue, these are the first values to compare with your volumes and MX rules; a default is a choice too, only an implicit one.
    .fix = Nothing to change if the defaults suit you; otherwise set them in config-<instance>.xml.
rule-quota-explainer = { $bottleneck ->
        [unknown] No figures for this configuration: { $attribute }="{ $value }" is not a whole number, and the checker does not guess the number nlserver would use instead.
        [enhanced-mta] { $children } child process(es) × { $sessions } sessions = { $local } SMTP sessions at most from this host. The Enhanced MTA sets the throughput itself: MX rules and their quotas are not used, so no MX figures are worked out.
       *[other] { $children } child process(es) × { $sessions } sessions = { $local } SMTP sessions at most from this host. { $ips } public IP(s) × { $mx_ips } MX IPs = { $paths } paths; at { $max_connections } connections per path the MX side allows { $mx_connections }. A quota of { $hourly } messages/hour is enforced as { $slice } per 5-minute slice ({ $slice_per_ip } if the rule is not "Shared"). { $bottleneck ->
                [enhanced-mta] The Enhanced MTA sets the throughput: MX rules are not used.
                [not-starting] But the mta will not start while statServerAddress is empty.
                [relay] But everything leaves through the relay, whose capacity bites first.
                [local-sessions] The local session ceiling bites before the MX connections.
               *[mx-connections] The MX connections bite before the local ceiling; past that, waits read "quotas met".
            }
    }
    .title = How the quotas apply to this configuration
    .why = "quotas met" means an MX quota is used up for now: each connection attempt spends a credit, so a bad reputation burns quota. "dynamic flow control" means the MTA backs off after too many errors for one domain. MX figures here are the documentation's example (16 MX IPs, 5 connections, 10,000/h) unless given.
    .fix = Compare these figures with the MX rules (Mail rule sets > MX management) and the "SMTP errors per domain" report; raise limits only with deliverability advice.

## The quota chart (kbbot check --chart, and the bot's check replies)
chart-title = One hour of sending to one domain: { $file }
chart-minutes = minutes into the hour
chart-messages = messages allowed so far
chart-allowed = MX rule, Shared: { $slice } per 5 minutes
chart-allowed-per-ip = not Shared: { $slice } per 5 minutes
chart-delivery = a delivery of { $volume } messages
chart-done = last message leaves in slice { $slice } (minutes { $from }–{ $to })
chart-left = { $left } messages still waiting after the hour ("quotas met")
chart-connections = Connections at once
chart-local = this host: { $count }
chart-mx = MX side: { $count }
chart-bites = the limit that bites
