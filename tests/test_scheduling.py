"""The suite's own scheduling of test files across `make test`'s two processes
(``pytest_xdist_make_scheduler`` in the root conftest.py), driven with two stand-in
processes: each gets whole files, the browser tests' files together, the slow files first
and transactional files last, and every test it is sent is the one it was given."""

import pytest

from conftest import SLOW_FIRST, pytest_xdist_make_scheduler

pytestmark = pytest.mark.db_independent

# Test ids in the order every process collects them (as pytest does: by path).
COLLECTION = [
    "tests/articles/test_models.py::test_one",
    "tests/articles/test_models.py::test_two",
    "tests/browser/test_accessibility.py::test_pages[home]",
    "tests/browser/test_csp.py::test_admin",
    "tests/browser/test_third_party.py::test_pages",
    "tests/home/test_demo_content.py::test_demo",
    "tests/test_faults.py::test_worker_killed",
    "tests/test_no_third_party.py::test_demo_pages",
    "tests/test_settings.py::test_cache",
]


class Gateway:
    def __init__(self, name):
        self.id = name


class Process:
    """What the scheduler sees of a test process: it is sent indices into its own
    collection."""

    shutting_down = False

    def __init__(self, name):
        self.gateway = Gateway(name)
        self.sent: list[int] = []

    def send_runtest_some(self, indices):
        self.sent.extend(indices)

    def shutdown(self):
        self.shutting_down = True

    def tests(self) -> list[str]:
        return [COLLECTION[index] for index in self.sent]


def file_of(test_id: str) -> str:
    return test_id.split("::")[0]


@pytest.fixture
def scheduled(pytestconfig, monkeypatch):
    monkeypatch.setattr(pytestconfig.option, "tx", ["2*popen"], raising=False)
    monkeypatch.setattr(pytestconfig.option, "loadscopereorder", True, raising=False)
    scheduler = pytest_xdist_make_scheduler(pytestconfig, None)
    processes = [Process("gw0"), Process("gw1")]
    for process in processes:
        scheduler.add_node(process)
    for process in processes:
        scheduler.add_node_collection(process, COLLECTION)
    scheduler.schedule()
    # Each process reports what it ran by the index it was sent, as a process does, until
    # nothing more is sent; by then the scheduler must have shut both down.
    reported = dict.fromkeys(processes, 0)
    while any(reported[process] < len(process.sent) for process in processes):
        for process in processes:
            while reported[process] < len(process.sent):
                scheduler.mark_test_complete(process, process.sent[reported[process]])
                reported[process] += 1
    assert all(process.shutting_down for process in processes)
    return processes


def test_every_test_runs_once_in_a_process_that_was_given_its_whole_file(scheduled):
    tests = [test_id for process in scheduled for test_id in process.tests()]
    assert sorted(tests) == sorted(COLLECTION)
    files = [{file_of(test_id) for test_id in process.tests()} for process in scheduled]
    assert not files[0] & files[1]


def test_the_browser_tests_run_in_one_process_with_one_demo_server(scheduled):
    holding = [
        process
        for process in scheduled
        if any(test_id.startswith("tests/browser/") for test_id in process.tests())
    ]
    assert len(holding) == 1
    browser = [test_id for test_id in holding[0].tests() if test_id.startswith("tests/browser/")]
    assert len(browser) == 3


def test_slow_files_start_first_and_transactional_files_run_last(scheduled):
    # SLOW_FIRST: the browser tests, then the demo content's.
    assert SLOW_FIRST[:2] == ("tests/browser", "tests/home/test_demo_content.py")
    first_files = sorted(file_of(process.tests()[0]) for process in scheduled)
    assert first_files == [
        "tests/browser/test_accessibility.py",
        "tests/home/test_demo_content.py",
    ]
    # test_faults.py uses transactional tests, which empty the database.
    last = [process.tests()[-1] for process in scheduled]
    assert "tests/test_faults.py::test_worker_killed" in last
