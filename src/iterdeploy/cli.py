"""The `iterdeploy` command."""
import click


@click.group()
def main():
    """Iterative deployment of language models on classical planning."""
