"""The 5 R's (G19, Table 3) as a recommended action per reply, and each platform's steps (G20).

Resist a quick response (re-read in context); Respectfully ask to clarify (benefit of the doubt); Respond
with facts, reserve and humility (for the onlookers); Redirect the topic when the discussion is not
productive; Reject baiting (ignore, mute or block). Threats, doxxing and harassment are also reported and
logged as evidence (G21).
"""

from __future__ import annotations

from dataclasses import dataclass

from bedside.triage.classify import Classification

ACTIONS = ("respond", "clarify", "redirect", "ignore", "mute", "block", "report")


@dataclass(frozen=True, slots=True)
class Recommendation:
    action: str
    also: tuple[str, ...]
    rationale: str
    draft: str | None
    log_evidence: bool


_PORTAL = (
    "Thank you for reaching out. To keep your health information private, please send me this through the "
    "patient portal or bring it to your next visit, and we'll go through it together."
)
_PATIENT = (
    "Because you're not my patient, I can't say what's right for you, but this is exactly the question to "
    "bring to your oncologist. Cancer.Net and the NCCN patient guides explain the options and what to ask."
)
_DISAGREE = (
    "Thanks for engaging with the data. I read it differently: [your point, with its source]. Happy to look at "
    "anything I've missed."
)
_CLARIFY = "I want to be sure I understand your point: which part of the evidence do you read differently?"
_QUESTION = "Good question: [a short, general answer with a reputable source]."
_THANKS = "Thank you, that means a lot."


def recommend(c: Classification) -> Recommendation:
    """The recommended action for one classified reply, with the R of Table 3 it follows."""
    if c.label == "threat":
        return Recommendation(
            "report",
            ("block", "log"),
            "Reject baiting does not apply to a threat: report it to the platform, block the account, keep the "
            "evidence, and tell your institution's security; if you are in immediate danger call emergency "
            "services (G21).",
            None,
            True,
        )
    if c.label == "doxxing":
        return Recommendation(
            "report",
            ("block", "log"),
            "Your private information is being exposed: report the reply (platforms remove doxxing), block the "
            "account, keep the evidence, tighten your privacy settings, and tell your institution (G6, G21).",
            None,
            True,
        )
    if c.label == "harassment":
        return Recommendation(
            "block",
            ("report", "log"),
            "Reject baiting: a personal attack is not a discussion. Block (or mute if you would rather they not "
            "notice), report abuse or hate to the platform, and keep the evidence (G19, G20, G21).",
            None,
            True,
        )
    if c.label == "unclear":
        return Recommendation(
            "ignore",
            ("report",),
            "Resist a quick response: bedside cannot tell what this reply is. Read it in its thread; if it reads as "
            "a threat or exposes you, report it and log it (G19, G21).",
            None,
            False,
        )
    if c.label == "spam":
        return Recommendation(
            "report",
            ("block",),
            "Spam or a scam: report it as spam and block the account (G20).",
            None,
            False,
        )
    if c.own_patient:
        return Recommendation(
            "redirect",
            (),
            "This is your own patient: do not discuss their care in public; redirect them to the portal or a visit "
            "(G10).",
            _PORTAL,
            False,
        )
    if c.label == "trolling":
        return Recommendation(
            "ignore",
            ("mute",),
            "Reject baiting: trolling is meant to aggravate, and a reply feeds it. Ignore it, or mute the account "
            "so you stop seeing it without them knowing (G19, G20).",
            None,
            False,
        )
    if c.label == "incivility":
        return Recommendation(
            "clarify",
            ("ignore",),
            "Resist a quick response, then respectfully ask to clarify: give the benefit of the doubt once; if it "
            "stays rude, ignore it (G19).",
            _CLARIFY,
            False,
        )
    if c.patient_question:
        return Recommendation(
            "redirect",
            (),
            "A patient or caregiver asking about their own care: answer in general terms and redirect to their care "
            "team; specific advice to someone who is not your patient is not safe (G9).",
            _PATIENT,
            False,
        )
    if c.label == "disagreement":
        return Recommendation(
            "respond",
            (),
            "Respond with facts, reserve and humility: constructive disagreement deserves an answer, written for the "
            "onlookers as much as for the author (G13, G19).",
            _DISAGREE,
            False,
        )
    if c.label == "question":
        return Recommendation(
            "respond", (), "Respond: a genuine question is a chance to educate (G19).", _QUESTION, False
        )
    return Recommendation("respond", (), "Supportive: a like or a short thank-you is enough.", _THANKS, False)


# Menus as they are in each app in 2026; names can differ slightly between app versions.
PLATFORM_STEPS: dict[str, dict[str, str]] = {
    "x": {
        "mute": "On the reply, open ⋯ > Mute @handle. They are not told.",
        "block": "On the reply, open ⋯ > Block @handle. They can see that you blocked them.",
        "report": "On the reply, open ⋯ > Report post, then choose abuse and harassment, hate, or private information.",
        "privacy": "Settings and privacy > Privacy and safety: Audience and tagging (protect your posts, photo tagging), "
        "Mute and block > Muted words; when you post, choose who can reply.",
    },
    "bluesky": {
        "mute": "On the reply, open ⋯ > Mute account (private; they are not told).",
        "block": "On the profile, open ⋯ > Block account. Blocks on Bluesky are public records.",
        "report": "On the reply, open ⋯ > Report post (or Report account on the profile) and pick the reason.",
        "privacy": "Settings > Moderation: muted words and tags, moderation lists; on each post, set who can reply "
        "and quote.",
    },
    "mastodon": {
        "mute": "On the reply, open ⋯ > Mute @user (choose whether to hide their notifications and for how long).",
        "block": "On the reply, open ⋯ > Block @user; you can also block their whole server (Block domain).",
        "report": "On the reply, open ⋯ > Report @user, pick the server rules it breaks, attach the posts, and "
        "choose whether to forward the report to their server.",
        "privacy": "Preferences > Profile: Require follow requests, hide your follows; Preferences > Filters for "
        "words; post with Followers-only visibility when needed.",
    },
    "threads": {
        "mute": "On the profile, open ⋯ > Mute.",
        "block": "On the reply, open ⋯ > Block (or Restrict, so their replies are visible only to them).",
        "report": "On the reply, open ⋯ > Report and choose the reason.",
        "privacy": "Settings > Privacy: Private profile, Hidden words, Mentions, Limits (limit replies from people "
        "who don't follow you).",
    },
    "linkedin": {
        "mute": "On their profile, More > Unfollow (LinkedIn has no mute for comments).",
        "block": "On their profile, More > Report / Block > Block.",
        "report": "On the comment, open ⋯ > Report, and choose harassment or another reason.",
        "privacy": "Settings > Visibility: profile viewing options, who can see your connections; on a post, "
        "control who can comment.",
    },
    "facebook": {
        "mute": "On the profile, open ⋯ > Restrict, or on their post Snooze or Unfollow; in a group you admin, "
        "Mute member.",
        "block": "On the profile, open ⋯ > Block.",
        "report": "On the comment, open ⋯ > Report comment (in groups, also Report to group admins).",
        "privacy": "Settings & privacy > Privacy Checkup; lock your profile where available; set who can comment "
        "on your public posts; in groups, membership questions and post approval.",
    },
    "instagram": {
        "mute": "On the profile, open ⋯ > Mute, or Restrict (their comments are shown only to them).",
        "block": "On the profile, open ⋯ > Block (you can also block new accounts they make).",
        "report": "Press and hold the comment (or swipe left on iOS) > Report.",
        "privacy": "Settings > Privacy: Private account, Hidden words, Limits (limit comments and messages from "
        "recent followers or strangers).",
    },
    "tiktok": {
        "mute": "On the profile, open ⋯ > Restrict or Mute their posts.",
        "block": "On the profile, open ⋯ > Block.",
        "report": "Press and hold the comment > Report.",
        "privacy": "Settings and privacy > Privacy: Private account, Comments (filter keywords, who can comment), "
        "Direct messages.",
    },
}


def steps_for(platform: str, action: str, also: tuple[str, ...] = ()) -> dict[str, str]:
    """The exact steps on ``platform`` for the action and its companions (those that are platform actions)."""
    steps = PLATFORM_STEPS.get(platform.lower(), {})
    wanted = [a for a in (action, *also) if a in steps]
    if action in ("report", "block"):
        wanted.append("privacy")
    return {a: steps[a] for a in dict.fromkeys(wanted)}
