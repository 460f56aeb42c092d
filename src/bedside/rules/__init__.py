"""The rule catalogue: one explicit table of families, no directory scanning, no import side effects."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from bedside.findings import Category
from bedside.rules.base import Example, Rule, RuleDocs


def _families() -> tuple[Rule, ...]:
    from bedside.rules import advice, disclosure, evidence, hashtags, platform, privacy, self_exposure, tone

    return (
        *privacy.RULES,
        *advice.RULES,
        *evidence.RULES,
        *disclosure.RULES,
        *tone.RULES,
        *self_exposure.RULES,
        *platform.RULES,
        *hashtags.RULES,
    )


class UnknownRuleError(KeyError):
    pass


@dataclass(frozen=True)
class Registry:
    """The rules an engine runs, in catalogue order."""

    rules: tuple[Rule, ...]

    @classmethod
    def default(cls) -> Registry:
        return cls(_families())

    def __iter__(self) -> Iterator[Rule]:
        return iter(self.rules)

    def __len__(self) -> int:
        return len(self.rules)

    def get(self, code: str) -> Rule:
        wanted = code.strip().upper()
        for r in self.rules:
            if r.code == wanted or r.name == code.strip().lower():
                return r
        raise UnknownRuleError(code)

    def by_category(self, category: Category) -> tuple[Rule, ...]:
        return tuple(r for r in self.rules if r.category is category)

    def select(self, select: Iterable[str] = (), ignore: Iterable[str] = ()) -> Registry:
        """Keep rules whose code starts with a ``select`` prefix and none of the ``ignore`` prefixes."""
        sel = tuple(s.upper() for s in select)
        ign = tuple(s.upper() for s in ignore)
        return Registry(
            tuple(
                r
                for r in self.rules
                if (not sel or r.code.startswith(sel) or r.category.value.upper() in sel)
                and not (ign and (r.code.startswith(ign) or r.category.value.upper() in ign))
            )
        )


__all__ = ["Example", "Registry", "Rule", "RuleDocs", "UnknownRuleError"]
