"""The engine: runs a registry's rules over a draft and returns an immutable CheckResult."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from bedside.draft import Draft, validate_text
from bedside.findings import CheckResult, Finding
from bedside.rules import Registry
from bedside.rules.context import Context, Resources
from bedside.rules.hashtags import suggest_tags


class Engine:
    """Checks drafts. Holds the registry and the loaded resources, nothing global."""

    def __init__(self, registry: Registry | None = None, resources: Resources | None = None) -> None:
        self.registry = registry if registry is not None else Registry.default()
        self.resources = resources if resources is not None else Resources()

    def check(self, draft: Draft) -> CheckResult:
        validate_text(draft.text)
        spec = draft.spec
        ctx = Context(draft, self.resources)
        findings = self._run(ctx)
        tags = tuple(s.tag for s in suggest_tags(ctx, draft.settings.low_confidence_hashtags))
        return CheckResult(
            id=draft.id,
            platform=spec.platform.value,
            count=spec.counter(draft.text),
            limit=draft.limit,
            findings=findings,
            suggested_hashtags=tags,
        )

    def findings(self, draft: Draft) -> tuple[Finding, ...]:
        """Only the findings, in the order ``check`` gives them: the history audit's path, which has no use
        for the post's length or hashtag suggestions."""
        validate_text(draft.text)
        return self._run(Context(draft, self.resources))

    def _run(self, ctx: Context) -> tuple[Finding, ...]:
        findings: list[Finding] = []
        for r in self.registry:
            findings.extend(r.run(ctx))
        findings.sort(key=lambda f: (f.start, f.severity.rank, f.code, f.end))
        return tuple(findings)

    def check_many(self, drafts: Iterable[Draft]) -> Iterator[CheckResult]:
        """The batch path: one engine, shared resources, results in input order."""
        for draft in drafts:
            yield self.check(draft)

    def warm(self) -> None:
        """Load every resource now (for servers and benchmarks), by checking one small draft per platform."""
        self.check(Draft("Warm-up: osimertinib in EGFR+ NSCLC.", "x"))
