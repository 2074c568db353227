print("newsdex")
