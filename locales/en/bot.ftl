# Discord front end. Commands follow poise's convention: the message id is the command's
# name, the value its localised name, .description its description, .<param> and
# .<param>-description each parameter's localised name and description.

ask = ask
    .description = Find the KB article that resolves an error message or log excerpt
    .text = text
    .text-description = The error message or the log lines, pasted as they are
    .file = file
    .file-description = A log or a long paste saved as a file (message.txt, *.log): its distinct errors, counted
check = check
    .description = Check serverConf.xml or config-<instance>.xml for quota and flow-control problems
    .file = file
    .file-description = serverConf.xml or config-<instance>.xml
    .file2 = file2
    .file2-description = A second config file, checked together with the first
    .file3 = file3
    .file3-description = A third config file
article = article
    .description = Show a knowledge-base article by its id
    .id = id
    .id-description = The article id, e.g. KA-22154 (start typing to search)
language = language
    .description = Choose the language kbbot answers you in
    .language = language
    .language-description = Your reply language, or automatic to follow your Discord setting
find-resolution = Find resolution

bot-choice-en = English
bot-choice-fr = Français
bot-choice-nl = Nederlands
bot-choice-sv = Svenska
bot-choice-it = Italiano
bot-choice-auto = Automatic (your Discord language)

bot-language-saved = From now on I will answer you in { $language }.
bot-language-auto = I will follow your Discord language again (currently { $language }).
bot-error = Something went wrong on my side while answering. Please try again in a moment.
# poise's own refusals and failures, answered privately (bot/errors.rs).
bot-error-outdated = This command has changed since Discord loaded it. Wait a minute or restart Discord, then try again.
bot-error-argument = I could not read “{ $value }”. Check the value and run the command again.
bot-error-argument-unknown = I could not read one of the values you gave. Check them and run the command again.
bot-error-subcommand = Choose one of these subcommands: { $subcommands }.
bot-error-cooldown = { $seconds ->
        [one] Please wait { $seconds } second before using this command again.
       *[other] Please wait { $seconds } seconds before using this command again.
    }
bot-error-bot-permissions = I am missing permissions in this channel: { $permissions }. Ask a server admin to grant them, then try again.
bot-error-user-permissions = You need these permissions to use this command: { $permissions }.
bot-error-permissions-unknown = I could not check the permissions for this command, so I did not run it. Please try again in a moment.
bot-error-owners-only = Only the bot's owners can use this command.
bot-error-guild-only = This command only works in a server channel, not in direct messages.
bot-error-dm-only = This command only works in a direct message to me.
bot-error-nsfw-only = This command only works in age-restricted channels.
bot-error-denied = You cannot use this command here.
bot-mention-help = Paste the error message or log lines after mentioning me, or attach serverConf.xml / config-<instance>.xml, and I will look it up.

bot-ask-unsure-title = No confident match
bot-ask-unsure = I could not match this to a knowledge-base article with enough confidence.
bot-ask-candidates = These articles come closest:
bot-field-error = Matched error
bot-field-confidence = Confidence
bot-field-article = Article
bot-field-language = Language
bot-other-version = This article has no version in your language; showing the { $language } one.
bot-resolution-cut = The article goes on beyond this excerpt: open it for the rest.
bot-no-resolution = The article has no resolution section; open it via the link for the details.
bot-confidence-low = Low
bot-confidence-medium = Medium
bot-confidence-high = High
bot-continued = Continued
bot-page = Page { $page } of { $pages }
bot-button-helpful = Helpful
bot-button-unhelpful = Not helpful
bot-feedback-thanks = Thanks, glad it helped.
bot-feedback-sorry = Thanks for telling us; the KB authors will look at this article.
bot-article-unknown = There is no article with the id { $id }.

bot-upload-too-large = { $file } is { $size } KiB, above the { $limit } KiB I can check. It was not downloaded.
bot-upload-unavailable = I could not download { $file }. Please upload it again.
bot-log-title = Errors in { $file }
bot-ask-nothing = Paste an error in text, or attach a log as file.
bot-check-timeout = Checking { $files } took longer than { $seconds } seconds, so I stopped waiting. Try again with the files one at a time, or run `kbbot check` on them.
bot-secrets-title = Credentials found
bot-secrets-private = This file contains passwords or keys, so this report is visible to you only. The values are not shown or kept.
bot-secrets-delete = This upload contains credentials (passwords or keys). Delete the message and change those credentials: anyone in this channel could read them.
bot-check-title = Check of { $files }

report-unanswered-heading = Unanswered questions ({ $language })
report-unhelpful-heading = Articles marked not helpful ({ $language })
report-unanswered-row = { $count } × { $paste }
report-unhelpful-row = { $article }: { $bad } not helpful, { $good } helpful
report-empty = Nothing recorded yet.
