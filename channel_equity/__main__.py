from channel_equity.cli import app

app(prog_name="channel-equity")
