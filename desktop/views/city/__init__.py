"""The city office's window: who has reported, import of signed returns, the measures across the
city, charts, and the entry points of the city report and of sending a return back."""
