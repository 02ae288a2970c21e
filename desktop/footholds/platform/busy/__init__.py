"""Is a microphone, a camera or the screen in use? One small source per system, chosen once.

Nothing here polls: the reminder adapter asks only when a reminder is about to be shown.
"""
