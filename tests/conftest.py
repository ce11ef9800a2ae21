"""Shared pytest configuration: the markers the test suite uses."""


def pytest_configure(config):
    config.addinivalue_line(
        "markers", "browser: renders the HTML report and opens every page in headless Chromium "
        "(skipped when Chromium is missing, unless CI is set)")
    config.addinivalue_line(
        "markers", "slow: takes tens of seconds or more (scale tests, a second report build); "
        "deselect with -m 'not slow'")
