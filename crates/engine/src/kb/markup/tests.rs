use super::*;

fn md(s: &str) -> String {
    let lines: Vec<&str> = s.lines().collect();
    to_markdown(&lines, Lang::En)
}

#[test]
fn adobe_inline_markup_unwraps() {
    assert_eq!(
        md("Click **[!UICONTROL Save]** in [!DNL Adobe Campaign]."),
        "Click **Save** in Adobe Campaign.\n"
    );
    assert_eq!(md("[!UICONTROL [!DNL Campaign] menu]"), "Campaign menu\n");
    assert_eq!(
        md("[!BADGE Deprecated]{type=negative url=\"x\" tooltip=\"y\"}"),
        "Deprecated\n"
    );
    assert_eq!(md("a [!x] b"), "a [!x] b\n");
    assert_eq!(
        md("**[!UICONTROL `[ACS] Sync`]** (x)"),
        "**`[ACS] Sync`** (x)\n"
    );
    assert_eq!(
        plain_inline("Configure [!DNL Vertica] <b>now</b> &amp; {#id}"),
        "Configure Vertica now &"
    );
}

#[test]
fn attribute_lists_go_braces_in_text_stay() {
    assert_eq!(md("## Resolution {#resolution}"), "## Resolution\n");
    assert_eq!(
        md("[docs](https://x){target=\"_blank\"} and {target=_blank}"),
        "[docs](https://x) and\n"
    );
    assert_eq!(
        md("use {{recipient.name}} or {\"a\": 1}"),
        "use {{recipient.name}} or {\"a\": 1}\n"
    );
}

#[test]
fn html_becomes_markdown_and_unknown_tags_stay() {
    assert_eq!(
        md("<b>Campaign Management </b>`>` <b>Rules</b>"),
        "**Campaign Management** `>` **Rules**\n"
    );
    assert_eq!(
        md("*Error:\n<br>Messages queued*"),
        "*Error:\nMessages queued*\n"
    );
    assert_eq!(md("a<br>b"), "a\nb\n");
    assert_eq!(
        md("edit config-<instance>.xml"),
        "edit config-<instance>.xml\n"
    );
    assert_eq!(md("<b></b>x"), "x\n");
    assert_eq!(
        md("l&#39;erreur &quot;x&quot; &lt;tag&gt;"),
        "l'erreur \"x\" &lt;tag&gt;\n"
    );
}

#[test]
fn code_is_left_alone() {
    let src = "```xml\n<b>not bold</b> [!UICONTROL x] &quot;\n```\n`<br>` and `&quot;`";
    assert_eq!(
        md(src),
        "```xml\n<b>not bold</b> [!UICONTROL x] \"\n```\n`<br>` and `\"`\n"
    );
}

#[test]
fn callouts_tabs_collapsibles() {
    assert_eq!(md(">[!NOTE]\n>\n>Text"), "> **Note**\n>\n>Text\n");
    assert_eq!(md("  >[!IMPORTANT]"), "  > **Important**\n");
    assert_eq!(md(">[!VIDEO](https://v/1)"), "> Video: <https://v/1>\n");
    assert_eq!(
        md(">[!BEGINTABS]\n>[!TAB One]\ntext\n>[!ENDTABS]"),
        "**One**\ntext\n"
    );
    assert_eq!(md(">[!CONTEXTUALHELP]\n>id=\"x\"\n\nBody"), "\nBody\n");
    assert_eq!(md("+++**A/B testing**\nin\n+++"), "**A/B testing**\nin\n");
    assert_eq!(md("+++Details\n+++"), "**Details**\n");
}

#[test]
fn html_tables_become_pipe_tables() {
    let src = "<table>\n<thead><tr><th> A<br /> </th><th>B</th></tr></thead>\n<tbody><tr>\n<td> 1 </td>\n<td><b>2|3</b></td>\n</tr></tbody>\n</table>\nafter";
    assert_eq!(
        md(src),
        "\n| A | B |\n| --- | --- |\n| 1 | **2\\|3** |\n\nafter\n"
    );
}
