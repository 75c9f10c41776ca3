"""`manage.py train_adapter --org SLUG --name NAME --data FILE.jsonl` (or a CSV / .xlsx FAQ with
--question-column and --answer-column; or --document ID_OR_TITLE, an FAQ sheet already among
the organization's documents, with the same two columns): train a LoRA adapter on the served model, convert it
for llama.cpp, check it as an upload is checked, and register it as the organization's
specialist. Prints the steps, loss, ETA and the measured tokens/s.

--max-steps N: a short measured run (tokens/s and the projected time of the whole run);
--hold-back 0.25: keep a quarter of the pairs out of training (bench/adapters.py asks them).
Needs the optional extra: make train-deps.
"""

from __future__ import annotations

import json
import shutil
import tempfile
import uuid
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from appliance.tenancy.models import Membership, Organization
from appliance.tenancy.selectors import Actor, actor_get
from ingestion.storage import original_read
from specialists import adapters, training
from specialists.models import MAX_EXAMPLES, Specialist
from specialists.selectors import faq_document_list
from specialists.services import specialist_register


class Command(BaseCommand):
    help = "Train a specialist's LoRA adapter for an organization and register it."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("--org", required=True, help="organization slug")
        parser.add_argument("--name", required=True, help="the specialist's name (「担当: NAME」)")
        data = parser.add_mutually_exclusive_group(required=True)
        data.add_argument("--data", type=Path, help="JSONL of chat examples or question/answer pairs, or a CSV / .xlsx FAQ")
        data.add_argument("--document", help="an FAQ sheet (CSV / .xlsx) in the organization's documents: its id or its title")
        parser.add_argument("--question-column", help="the FAQ sheet's question column")
        parser.add_argument("--answer-column", help="the FAQ sheet's answer column")
        parser.add_argument("--description", default="")
        parser.add_argument("--user", help="the admin registering it (default: the organization's first admin)")
        parser.add_argument("--base", type=Path, help="a Hugging Face folder of the served model (default: the packaged GGUF, converted once)")
        parser.add_argument("--rank", type=int, default=8)
        parser.add_argument("--epochs", type=float, default=2.0)
        parser.add_argument("--batch-size", type=int, default=4)
        parser.add_argument("--learning-rate", type=float, default=2e-4)
        parser.add_argument("--max-steps", type=int, help="stop after this many steps (a measured short run)")
        parser.add_argument("--threads", type=int, help="torch threads (default: torch's)")
        parser.add_argument("--hold-back", type=float, default=0.0, help="fraction of the pairs kept out of training")
        parser.add_argument("--default", action="store_true", help="make it the organization's default")
        parser.add_argument("--no-register", action="store_true", help="train and convert only")
        parser.add_argument("--output", type=Path, help="keep the PEFT folder and the GGUF here")
        parser.add_argument("--report", type=Path, help="write the measurements as JSON here")

    def _document_copy(self, actor: Actor, wanted: str) -> Path:
        """The stored original of the organization's FAQ sheet named by id or title, copied to a
        file load_examples reads. Another organization's document is not found, as on the page."""
        sheets = faq_document_list(fetched_by=actor)
        try:
            document = sheets.filter(pk=uuid.UUID(wanted)).first()
        except ValueError:
            document = None
        if document is None:
            matches = list(sheets.filter(title=wanted)[:2]) or list(sheets.filter(filename=wanted)[:2])
            if len(matches) > 1:
                raise CommandError(f"several FAQ sheets are titled {wanted!r} in {actor.organization_slug}: give the document id")
            document = matches[0] if matches else None
        if document is None:
            raise CommandError(f"no FAQ sheet (CSV / .xlsx) {wanted!r} among {actor.organization_slug}'s documents")
        path = Path(tempfile.mkdtemp(prefix="faq-")) / f"data{Path(document.filename).suffix.lower()}"
        path.write_bytes(original_read(organization_id=document.organization_id, sha256=document.sha256 or ""))
        self.stdout.write(f"training data: {document.title} ({document.filename})")
        return path

    def handle(self, *args: Any, **options: Any) -> None:
        organization = Organization.objects.filter(slug=options["org"]).first()
        if organization is None:
            raise CommandError(f"no organization {options['org']!r}")
        if not options["no_register"] and Specialist.objects.filter(organization=organization, name=options["name"]).exists():
            raise CommandError(f"{options['org']} already has a specialist named {options['name']!r}")
        admins = Membership.objects.filter(organization=organization, role=Membership.Role.ADMIN).select_related("user").order_by("pk")
        if options["user"]:
            admins = admins.filter(user__username=options["user"])
        membership = admins.first()
        if membership is None:
            raise CommandError(f"no admin {options['user'] or ''} in {options['org']} to register the specialist")
        actor = actor_get(user=membership.user, organization=organization)
        data_path = options["data"] or self._document_copy(actor, options["document"])
        try:
            examples = training.load_examples(data_path, question_column=options["question_column"], answer_column=options["answer_column"])
        except (OSError, ValueError) as error:
            raise CommandError(str(error)) from None
        finally:
            if options["document"]:
                shutil.rmtree(data_path.parent, ignore_errors=True)
        # After the data: a wrong file, column or document is said before the missing extra.
        try:
            training.require_training_extra()
        except training.TrainingUnavailable as error:
            raise CommandError(str(error)) from None
        train, held = training.split_held_back(examples, fraction=options["hold_back"]) if options["hold_back"] else (examples, [])
        self.stdout.write(f"{len(train)} examples to train on, {len(held)} held back")
        base = training.ensure_base_dir(options["base"], log=self.stdout.write)
        work = options["output"] or Path(tempfile.mkdtemp(prefix="adapter-"))
        peft_dir = work / "peft"

        def progress(step: int, steps: int, loss: float, eta: float) -> None:
            self.stdout.write(f"step {step}/{steps}  loss {loss:.3f}  ETA {eta / 60:.1f} min")

        report = training.train_lora(
            examples=train,
            base_dir=base,
            output_dir=peft_dir,
            options=training.TrainingOptions(
                rank=options["rank"], alpha=2.0 * options["rank"], epochs=options["epochs"], batch_size=options["batch_size"],
                learning_rate=options["learning_rate"], max_steps=options["max_steps"], threads=options["threads"],
            ),
            progress=progress,
        )
        gguf = work / "adapter.gguf"
        report.gguf_converter = training.convert_to_gguf(adapter_dir=peft_dir, base_dir=base, output=gguf)
        self.stdout.write(
            f"trained {report.steps}/{report.planned_steps} steps on {report.examples} examples in {report.seconds:.0f} s "
            f"({report.cpu_seconds:.0f} s of CPU): "
            f"{report.tokens_per_second:.0f} tokens/s (bf16 {'on' if report.bf16 else 'off'}); "
            f"the whole run: {report.projected_seconds / 60:.1f} min at this speed; GGUF by {report.gguf_converter}"
        )
        if options["report"]:
            options["report"].write_text(json.dumps(report.as_json(), ensure_ascii=False, indent=1), encoding="utf-8")
        if options["no_register"]:
            self.stdout.write(f"not registered; the adapter is in {work}")
            return
        adapter = adapters.validate(
            (peft_dir / adapters.CONFIG_NAME).read_bytes(), (peft_dir / adapters.WEIGHTS_NAME).read_bytes(),
            max_rank=settings.LORA_MAX_RANK, base=adapters.base_for_model(str(base)),
        )
        questions = [messages[-2]["content"] for messages in train if len(messages) >= 2]
        stride = max(1, len(questions) // MAX_EXAMPLES)
        specialist = specialist_register(
            actor=actor,
            name=options["name"],
            description=options["description"],
            examples=questions[::stride][:MAX_EXAMPLES],
            make_default=options["default"],
            adapter=adapter,
            source=Specialist.Source.TRAINED,
            gguf=gguf,
        )
        self.stdout.write(f"registered specialist {specialist.name!r} ({specialist.served_name}) for {organization.slug}")
